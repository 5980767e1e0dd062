import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a length-prefixed record file: a 4-byte big-endian length, then that many bytes. */
public final class RecordFile {
    private static final int MAX_RECORD = 1 << 20;

    public record Entry(String key, String value) {
    }

    private RecordFile() {
    }

    static byte[] readRecord(DataInputStream in, int length) throws IOException {
        if (length < 0 || length > MAX_RECORD) {
            throw new IOException("bad record length " + length);
        }
        byte[] payload = new byte[length];
        in.read(payload);
        return payload;
    }

    static Entry decode(byte[] payload) throws IOException {
        String text = new String(payload, StandardCharsets.UTF_8);
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IOException("record without a key: " + text);
        }
        return new Entry(text.substring(0, eq), text.substring(eq + 1));
    }

    public static List<Entry> readAll(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        List<Entry> entries = new ArrayList<>();
        while (true) {
            int length;
            try {
                length = in.readInt();
            } catch (EOFException end) {
                return entries;
            }
            entries.add(decode(readRecord(in, length)));
        }
    }

    public static List<Entry> load(Path path) throws IOException {
        try (InputStream raw = Files.newInputStream(path)) {
            return readAll(raw);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RecordFile FILE");
            System.exit(2);
        }
        for (Entry e : load(Path.of(args[0]))) {
            System.out.println(e.key() + " -> " + e.value());
        }
    }
}
