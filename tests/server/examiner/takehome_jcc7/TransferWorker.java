package mirror;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Copies files from a mirror; each worker runs on its own thread and keeps its own tally. */
public final class TransferWorker implements Runnable {

    private static final int CHUNK = 64 * 1024;

    private static long totalBytes;
    private static int totalFiles;

    private final List<URI> queue;
    private final Path target;
    private long bytes;
    private int files;
    private final List<String> failures = new ArrayList<>();

    public TransferWorker(List<URI> queue, Path target) {
        this.queue = List.copyOf(queue);
        this.target = target;
    }

    @Override
    public void run() {
        for (URI source : queue) {
            try {
                fetch(source);
                finished();
            } catch (IOException e) {
                failures.add(source + ": " + e.getMessage());
            }
        }
    }

    private void fetch(URI source) throws IOException {
        Path out = target.resolve(Path.of(source.getPath()).getFileName().toString());
        try (InputStream in = source.toURL().openStream();
             OutputStream sink = Files.newOutputStream(out)) {
            byte[] buf = new byte[CHUNK];
            int n;
            while ((n = in.read(buf)) > 0) {
                sink.write(buf, 0, n);
                record(n);
            }
        }
    }

    private synchronized void record(int n) {
        bytes += n;
        totalBytes += n;
    }

    private synchronized void finished() {
        files++;
        totalFiles++;
    }

    public synchronized long bytes() {
        return bytes;
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    public static synchronized String summary() {
        return totalFiles + " files, " + totalBytes + " bytes";
    }

    public static void main(String[] args) throws InterruptedException {
        Path target = Path.of(args.length > 0 ? args[0] : "downloads");
        List<List<URI>> shares = List.of(
                List.of(URI.create("https://mirror.example.org/a.tar.gz")),
                List.of(URI.create("https://mirror.example.org/b.tar.gz")),
                List.of(URI.create("https://mirror.example.org/c.tar.gz")));
        List<Thread> threads = new ArrayList<>();
        for (List<URI> share : shares) {
            Thread t = new Thread(new TransferWorker(share, target));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(summary());
    }
}
