import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Loads the service's settings from a properties file, with defaults for anything missing.
 */
public class ConfigLoader {

    private static final Map<String, String> DEFAULTS = Map.of(
            "port", "8080",
            "threads", "8",
            "db.url", "jdbc:h2:mem:app");

    private final Path file;

    public ConfigLoader(Path file) {
        this.file = file;
    }

    public Map<String, String> load() {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("could not read settings from " + file);
        }
        Map<String, String> settings = new TreeMap<>(DEFAULTS);
        for (String key : props.stringPropertyNames()) {
            settings.put(key, props.getProperty(key).trim());
        }
        return settings;
    }

    public int port(Map<String, String> settings) {
        int port = Integer.parseInt(settings.get("port"));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        return port;
    }

    public int threads(Map<String, String> settings) {
        int threads = Integer.parseInt(settings.get("threads"));
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        return threads;
    }

    public static void main(String[] args) {
        ConfigLoader loader = new ConfigLoader(Path.of(args.length > 0 ? args[0] : "app.properties"));
        Map<String, String> settings = loader.load();
        System.out.println("port " + loader.port(settings));
        System.out.println("threads " + loader.threads(settings));
        System.out.println("db " + settings.get("db.url"));
    }
}
