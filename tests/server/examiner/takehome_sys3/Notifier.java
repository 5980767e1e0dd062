import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Fans order events out to subscribers that register and leave from request threads. */
public class Notifier {
    public interface Subscriber {
        String name();

        boolean accept(String event);
    }

    private final List<Subscriber> subscribers = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> delivered = new ConcurrentHashMap<>();

    public void subscribe(Subscriber s) {
        subscribers.add(s);
    }

    public void unsubscribe(String name) {
        subscribers.removeIf(s -> s.name().equals(name));
    }

    /** A copy taken under the list's lock, for callers that walk it at leisure. */
    public List<Subscriber> snapshot() {
        synchronized (subscribers) {
            return new ArrayList<>(subscribers);
        }
    }

    public int publish(String event) {
        int accepted = 0;
        for (Subscriber s : subscribers) {
            if (s.accept(event)) {
                delivered.merge(s.name(), 1, Integer::sum);
                accepted++;
            }
        }
        return accepted;
    }

    public List<String> names() {
        List<String> out = new ArrayList<>();
        subscribers.forEach(s -> out.add(s.name()));
        Collections.sort(out);
        return out;
    }

    public String report() {
        StringBuilder sb = new StringBuilder();
        for (Subscriber s : snapshot()) {
            sb.append(s.name()).append('=').append(delivered.getOrDefault(s.name(), 0)).append('\n');
        }
        return sb.toString();
    }

    static Subscriber named(String name, String prefix) {
        return new Subscriber() {
            public String name() {
                return name;
            }

            public boolean accept(String event) {
                return event.startsWith(prefix);
            }
        };
    }

    public static void main(String[] args) throws InterruptedException {
        Notifier n = new Notifier();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 50; i++) {
            final int id = i;
            pool.execute(() -> n.subscribe(named("sub-" + id, id % 2 == 0 ? "order" : "refund")));
            pool.execute(() -> n.publish("order:" + id));
            if (id % 5 == 0) {
                pool.execute(() -> n.unsubscribe("sub-" + (id - 1)));
            }
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        System.out.print(n.report());
        System.out.println(n.names().size() + " subscribers");
    }
}
