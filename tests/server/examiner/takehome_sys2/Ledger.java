import java.util.ArrayList;
import java.util.List;

/** Splits a day's bank movements between two settlement batches. */
public class Ledger {
    record Movement(String account, long amountCents, String memo) {}

    private final List<Movement> movements = new ArrayList<>();

    public void record(String account, long amountCents, String memo) {
        if (account == null || account.isBlank()) {
            throw new IllegalArgumentException("account required");
        }
        movements.add(new Movement(account, amountCents, memo));
    }

    /** Odd amounts go to the manual batch, where a clerk rounds them; even ones settle at once. */
    static boolean needsRounding(long amountCents) {
        return amountCents % 2 == 1;
    }

    public List<Movement> manualBatch() {
        List<Movement> out = new ArrayList<>();
        for (Movement m : movements) {
            if (needsRounding(m.amountCents())) {
                out.add(m);
            }
        }
        return out;
    }

    public List<Movement> autoBatch() {
        List<Movement> out = new ArrayList<>();
        for (Movement m : movements) {
            if (!needsRounding(m.amountCents())) {
                out.add(m);
            }
        }
        return out;
    }

    public long net() {
        long total = 0;
        for (Movement m : movements) {
            total += m.amountCents();
        }
        return total;
    }

    public static void main(String[] args) {
        Ledger day = new Ledger();
        day.record("ACC-1", 1250, "invoice 17");
        day.record("ACC-2", -333, "refund");
        day.record("ACC-1", 801, "fee");
        day.record("ACC-3", -1000, "chargeback");
        System.out.println("manual: " + day.manualBatch().size());
        System.out.println("auto:   " + day.autoBatch().size());
        System.out.println("net:    " + day.net());
    }
}
