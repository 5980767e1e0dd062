import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A bank account shared by the teller threads. Amounts are kept in cents.
 */
public class BankAccount {

    private final String owner;
    private long balanceCents;
    private final List<String> statement = new ArrayList<>();

    public BankAccount(String owner, long openingCents) {
        this.owner = owner;
        this.balanceCents = openingCents;
    }

    public synchronized void deposit(long cents) {
        if (cents <= 0) {
            throw new IllegalArgumentException("deposit must be positive");
        }
        balanceCents += cents;
        statement.add("+" + cents);
    }

    public synchronized boolean withdraw(long cents) {
        if (cents <= 0 || cents > balanceCents) {
            return false;
        }
        balanceCents -= cents;
        statement.add("-" + cents);
        return true;
    }

    public long getBalanceCents() {
        return balanceCents;
    }

    public synchronized List<String> statement() {
        return List.copyOf(statement);
    }

    public String owner() {
        return owner;
    }

    public static void main(String[] args) throws InterruptedException {
        BankAccount account = new BankAccount("ada", 10_000);
        ExecutorService tellers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 100; i++) {
            int n = i;
            tellers.execute(() -> {
                if (n % 2 == 0) {
                    account.deposit(250);
                } else {
                    account.withdraw(100);
                }
            });
        }
        tellers.shutdown();
        tellers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(account.owner() + " " + account.getBalanceCents());
    }
}
