import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prints an account statement: the opening balance, then every transaction with the running
 * balance after it, newest first, as the bank's web page shows them.
 */
public final class StatementPrinter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    /** One booked transaction: positive amounts are credits, negative ones debits. */
    public record Transaction(LocalDate date, String payee, BigDecimal amount) {
        public Transaction {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(payee, "payee");
            Objects.requireNonNull(amount, "amount");
        }
    }

    private final String accountName;
    private final BigDecimal opening;
    private final List<Transaction> transactions = new ArrayList<>();

    public StatementPrinter(String accountName, BigDecimal opening) {
        this.accountName = Objects.requireNonNull(accountName, "accountName");
        this.opening = Objects.requireNonNull(opening, "opening");
    }

    /** Records a transaction; they arrive in booking order, oldest first. */
    public void book(Transaction t) {
        transactions.add(Objects.requireNonNull(t, "transaction"));
    }

    public BigDecimal closingBalance() {
        BigDecimal balance = opening;
        for (Transaction t : transactions) {
            balance = balance.add(t.amount());
        }
        return balance;
    }

    /** The statement text, newest transaction at the top. */
    public String render() {
        StringBuilder body = new StringBuilder();
        BigDecimal balance = opening;
        for (Transaction t : transactions) {
            balance = balance.add(t.amount());
            body.insert(0, line(t, balance));
        }
        StringBuilder out = new StringBuilder();
        out.append("Statement for ").append(accountName).append('\n');
        out.append(String.format("%-10s  %-24s %12s %12s%n", "date", "payee", "amount", "balance"));
        out.append(body);
        out.append(String.format("%-10s  %-24s %12s %12s%n", "", "opening balance", "", opening));
        return out.toString();
    }

    private static String line(Transaction t, BigDecimal balance) {
        String payee = t.payee().length() > 24 ? t.payee().substring(0, 21) + "..." : t.payee();
        return String.format("%-10s  %-24s %12s %12s%n",
                DAY.format(t.date()), payee, t.amount().toPlainString(), balance.toPlainString());
    }

    public static void main(String[] args) {
        StatementPrinter p = new StatementPrinter("Everyday account", new BigDecimal("120.00"));
        p.book(new Transaction(LocalDate.of(2024, 3, 1), "Rent", new BigDecimal("-800.00")));
        p.book(new Transaction(LocalDate.of(2024, 3, 2), "Salary", new BigDecimal("2400.00")));
        p.book(new Transaction(LocalDate.of(2024, 3, 4), "Corner grocery", new BigDecimal("-36.40")));
        System.out.print(p.render());
        System.out.println("closing " + p.closingBalance());
    }
}
