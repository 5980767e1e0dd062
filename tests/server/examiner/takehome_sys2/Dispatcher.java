import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Collects delivery events from courier threads and hands them to the billing run in batches. */
public class Dispatcher {
    record Delivery(String parcel, String courier, long at) {}

    private List<Delivery> batch = new ArrayList<>();
    private int batches;

    public void delivered(String parcel, String courier) {
        synchronized (batch) {
            batch.add(new Delivery(parcel, courier, System.currentTimeMillis()));
        }
    }

    /** Takes the current batch for billing and starts a fresh one. */
    public List<Delivery> takeBatch() {
        synchronized (batch) {
            List<Delivery> full = batch;
            batch = new ArrayList<>();
            batches++;
            return full;
        }
    }

    public int batchesTaken() {
        return batches;
    }

    public static void main(String[] args) throws InterruptedException {
        Dispatcher d = new Dispatcher();
        ExecutorService couriers = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            final String courier = "courier-" + c;
            couriers.execute(() -> {
                for (int i = 0; i < 1000; i++) {
                    d.delivered(courier + "/" + i, courier);
                }
            });
        }
        long billed = 0;
        for (int round = 0; round < 20; round++) {
            billed += d.takeBatch().size();
            Thread.sleep(5);
        }
        couriers.shutdown();
        couriers.awaitTermination(10, TimeUnit.SECONDS);
        billed += d.takeBatch().size();
        System.out.println("billed " + billed + " of 4000 in " + d.batchesTaken() + " batches");
    }
}
