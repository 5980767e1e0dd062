import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds monthly sales reports in the background so the web handler can return at once.
 * Each report needs a summary of the month's orders, which is computed as a task of its own.
 */
public class ReportBuilder {

    public record Order(String region, long cents) {}

    public record Summary(int orders, long totalCents) {}

    public record Report(String month, Summary summary, List<String> regions) {}

    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final Map<String, List<Order>> ordersByMonth = new ConcurrentHashMap<>();
    private final Map<String, Report> finished = new ConcurrentHashMap<>();

    public void record(String month, Order order) {
        ordersByMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(order);
    }

    /** Queues a report for the month; the result appears in {@link #finished(String)}. */
    public Future<Report> requestReport(String month) {
        return workers.submit(() -> {
            Future<Summary> summary = workers.submit(() -> summarise(month));
            List<String> regions = regionsOf(month);
            Report report = new Report(month, summary.get(), regions);
            finished.put(month, report);
            return report;
        });
    }

    public Report finished(String month) {
        return finished.get(month);
    }

    private Summary summarise(String month) {
        List<Order> orders = ordersByMonth.getOrDefault(month, List.of());
        long total = 0;
        for (Order o : orders) {
            total += o.cents();
        }
        return new Summary(orders.size(), total);
    }

    private List<String> regionsOf(String month) {
        Set<String> regions = new LinkedHashSet<>();
        for (Order o : ordersByMonth.getOrDefault(month, List.of())) {
            regions.add(o.region());
        }
        return new ArrayList<>(regions);
    }

    public void shutdown() {
        workers.shutdown();
    }
}
