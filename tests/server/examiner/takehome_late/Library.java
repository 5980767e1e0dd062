package library;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class Library {
    private static final int FINE_CENTS_PER_DAY = 20;
    private static final int FINE_CAP_CENTS = 1500;

    public record Loan(String isbn, String member, LocalDate due) {}

    private final Map<String, Loan> loans = new HashMap<>();
    private final Map<String, Integer> finesCents = new HashMap<>();

    public void lend(String isbn, String member, LocalDate today, int weeks) {
        if (loans.containsKey(isbn)) {
            throw new IllegalStateException("already lent: " + isbn);
        }
        loans.put(isbn, new Loan(isbn, member, today.plusWeeks(weeks)));
    }

    public int giveBack(String isbn, LocalDate returned) {
        Loan loan = loans.remove(isbn);
        if (loan == null) {
            throw new IllegalArgumentException("not lent: " + isbn);
        }
        if (!returned.isAfter(loan.due())) {
            return 0;
        }
        int daysLate = Period.between(loan.due(), returned).getDays();
        int fine = Math.min(daysLate * FINE_CENTS_PER_DAY, FINE_CAP_CENTS);
        finesCents.merge(loan.member(), fine, Integer::sum);
        return fine;
    }

    public List<Loan> overdue(LocalDate today) {
        List<Loan> late = new ArrayList<>();
        for (Loan loan : loans.values()) {
            if (today.isAfter(loan.due())) {
                late.add(loan);
            }
        }
        late.sort((a, b) -> a.due().compareTo(b.due()));
        return late;
    }

    public int owed(String member) {
        return finesCents.getOrDefault(member, 0);
    }

    public boolean mayBorrow(String member) {
        return owed(member) < FINE_CAP_CENTS;
    }
}
