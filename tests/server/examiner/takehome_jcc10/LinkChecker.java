package links;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Checks every page reachable from a start page on one site and lists the broken links. */
public class LinkChecker {

    public record Broken(String page, String link, int status) {}

    private final Function<URL, List<String>> linksOf;
    private final int maxPages;
    private final Set<URL> visited = new HashSet<>();

    public LinkChecker(Function<URL, List<String>> linksOf, int maxPages) {
        this.linksOf = linksOf;
        this.maxPages = maxPages;
    }

    public List<Broken> check(URL start) {
        List<Broken> broken = new ArrayList<>();
        Deque<URL> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty() && visited.size() < maxPages) {
            URL page = queue.poll();
            if (visited.add(page)) {
                checkLinksOf(page, start.getHost(), queue, broken);
            }
        }
        return broken;
    }

    /** Checks the links of one page; pages of the same host are queued to be visited. */
    private void checkLinksOf(URL page, String host, Deque<URL> queue, List<Broken> broken) {
        for (String href : linksOf.apply(page)) {
            URL target;
            try {
                target = new URL(page, href);
            } catch (MalformedURLException e) {
                broken.add(new Broken(page.toString(), href, -1));
                continue;
            }
            int status = statusOf(target);
            if (status >= 400 || status < 0) {
                broken.add(new Broken(page.toString(), target.toString(), status));
            } else if (target.getHost().equalsIgnoreCase(host)) {
                queue.add(target);
            }
        }
    }

    static int statusOf(URL target) {
        HttpURLConnection conn = null;
        try {
            conn = (HttpURLConnection) target.openConnection();
            conn.setRequestMethod("HEAD");
            conn.setConnectTimeout(5_000);
            conn.setReadTimeout(5_000);
            conn.setInstanceFollowRedirects(true);
            return conn.getResponseCode();
        } catch (IOException | ClassCastException e) {
            return -1;
        } finally {
            if (conn != null) {
                conn.disconnect();
            }
        }
    }

    public int pagesVisited() {
        return visited.size();
    }

    public static void main(String[] args) throws IOException {
        LinkChecker checker = new LinkChecker(page -> List.of(), 500);
        for (Broken b : checker.check(new URL(args[0]))) {
            System.out.println(b.page() + " -> " + b.link() + " (" + b.status() + ")");
        }
        System.out.println(checker.pagesVisited() + " pages checked");
    }
}
