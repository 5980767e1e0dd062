import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Keeps users' private notes encrypted at rest with AES-GCM. Each note is stored as Base64
 * text so it can go into a plain text column.
 */
public class NoteVault {

    private static final int TAG_BITS = 128;
    private static final byte[] NONCE = new byte[12];

    private final SecretKey key;
    private final Map<String, String> stored = new HashMap<>();

    public NoteVault(SecretKey key) {
        this.key = key;
    }

    public static SecretKey newKey() throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        return generator.generateKey();
    }

    public void save(String noteId, String text) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, NONCE));
        byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
        stored.put(noteId, Base64.getEncoder().encodeToString(sealed));
    }

    public String read(String noteId) throws GeneralSecurityException {
        String encoded = stored.get(noteId);
        if (encoded == null) {
            return null;
        }
        byte[] sealed = Base64.getDecoder().decode(encoded);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, NONCE));
        return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
    }

    public int size() {
        return stored.size();
    }

    public static void main(String[] args) throws GeneralSecurityException {
        NoteVault vault = new NoteVault(newKey());
        vault.save("n1", "door code 4417");
        vault.save("n2", "pick up the parcel on friday");
        System.out.println(vault.read("n1"));
        System.out.println(vault.read("n2"));
        System.out.println(vault.size() + " notes");
    }
}
