package linkcheck;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Checks a list of links in parallel and reports how many answered and how many failed. */
public final class LinkChecker {

    private static final int TIMEOUT_MS = 5_000;

    private final ExecutorService pool;
    private volatile int checked;
    private volatile int broken;

    public LinkChecker(int threads) {
        this.pool = Executors.newFixedThreadPool(threads);
    }

    public List<String> check(List<String> links) throws InterruptedException {
        List<Future<String>> results = new ArrayList<>();
        for (String link : links) {
            results.add(pool.submit(() -> checkOne(link)));
        }
        List<String> problems = new ArrayList<>();
        for (Future<String> result : results) {
            try {
                String problem = result.get();
                if (problem != null) {
                    problems.add(problem);
                }
            } catch (java.util.concurrent.ExecutionException e) {
                problems.add("check failed: " + e.getCause());
            }
        }
        return problems;
    }

    private String checkOne(String link) {
        String problem = probe(link);
        checked++;
        if (problem != null) {
            broken++;
        }
        return problem;
    }

    private static String probe(String link) {
        try {
            HttpURLConnection conn = (HttpURLConnection) URI.create(link).toURL().openConnection();
            conn.setConnectTimeout(TIMEOUT_MS);
            conn.setReadTimeout(TIMEOUT_MS);
            conn.setRequestMethod("HEAD");
            int status = conn.getResponseCode();
            conn.disconnect();
            return status < 400 ? null : link + " answered " + status;
        } catch (IOException | IllegalArgumentException e) {
            return link + " failed: " + e.getMessage();
        }
    }

    public int checked() {
        return checked;
    }

    public int broken() {
        return broken;
    }

    public void close() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        LinkChecker checker = new LinkChecker(8);
        try {
            for (String problem : checker.check(List.of(args))) {
                System.out.println(problem);
            }
            System.out.printf("%d checked, %d broken%n", checker.checked(), checker.broken());
        } finally {
            checker.close();
        }
    }
}
