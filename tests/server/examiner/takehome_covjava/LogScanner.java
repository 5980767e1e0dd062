import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an access log and reports, per client address, how many requests failed with a
 * server error. Lines look like: 10.0.0.7 - - [12/Mar/2024:10:01:02] "GET /x HTTP/1.1" 503 12
 */
public class LogScanner {

    public record Failure(String client, int status) {}

    public List<Failure> scan(Path log) throws IOException {
        List<Failure> failures = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.matches("^\\S+ .*\" 5\\d\\d \\d+$")) {
                    continue;
                }
                int lastQuote = line.lastIndexOf('"');
                String tail = line.substring(lastQuote + 1).trim();
                int space = tail.indexOf(' ');
                int status = Integer.parseInt(space < 0 ? tail : tail.substring(0, space));
                String client = line.substring(0, line.indexOf(' '));
                failures.add(new Failure(client, status));
            }
        }
        return failures;
    }

    public Map<String, Integer> countByClient(List<Failure> failures) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Failure f : failures) {
            counts.merge(f.client(), 1, Integer::sum);
        }
        return counts;
    }

    public String render(Map<String, Integer> counts) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            out.append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: LogScanner <access.log>");
            System.exit(2);
        }
        LogScanner scanner = new LogScanner();
        List<Failure> failures = scanner.scan(Path.of(args[0]));
        System.out.print(scanner.render(scanner.countByClient(failures)));
    }
}
