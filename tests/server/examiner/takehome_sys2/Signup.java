import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Registers newsletter readers by email address. */
public class Signup {
    record Reader(String email, String name, boolean weekly) {}

    private final Map<String, Reader> byEmail = new HashMap<>();

    public Reader register(String email, String name, boolean weekly) {
        if (email == null || !email.contains("@")) {
            throw new IllegalArgumentException("not an email address: " + email);
        }
        email.trim();
        String key = email.toLowerCase(Locale.ROOT);
        Reader existing = byEmail.get(key);
        if (existing != null) {
            return existing;
        }
        Reader r = new Reader(email, name == null ? "" : name.strip(), weekly);
        byEmail.put(key, r);
        return r;
    }

    public Optional<Reader> find(String email) {
        return Optional.ofNullable(byEmail.get(email.trim().toLowerCase(Locale.ROOT)));
    }

    public int weeklyCount() {
        int n = 0;
        for (Reader r : byEmail.values()) {
            if (r.weekly()) {
                n++;
            }
        }
        return n;
    }

    public static void main(String[] args) {
        Signup s = new Signup();
        s.register("ada@example.org", "Ada", true);
        s.register(" Ada@Example.org ", "Ada L.", false);
        s.register("bob@example.org", "Bob", false);
        System.out.println("readers: " + s.byEmail.size() + ", weekly: " + s.weeklyCount());
        System.out.println("found: " + s.find("ADA@example.org").isPresent());
    }
}
