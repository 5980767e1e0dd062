package gym;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Front-desk service of a small gym: sign-ups, renewals and the door check. */
public class MembershipDesk {

    public enum Plan { MONTHLY, ANNUAL, DAY_PASS }

    public record Membership(String memberId, Plan plan, Instant startsAt, Instant endsAt) {
        boolean activeAt(Instant when) {
            return !when.isBefore(startsAt) && when.isBefore(endsAt);
        }
    }

    private final Map<String, Membership> byMember = new HashMap<>();
    private final Clock clock;

    public MembershipDesk(Clock clock) {
        this.clock = clock;
    }

    /** Signs a member up from now; a member who already has a plan keeps the old one. */
    public Membership signUp(String memberId, Plan plan) {
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("member id is required");
        }
        Membership current = byMember.get(memberId);
        if (current != null && current.activeAt(clock.instant())) {
            throw new IllegalStateException("member " + memberId + " already has a plan");
        }
        Instant start = clock.instant();
        Membership created = new Membership(memberId, plan, start, endOf(plan, start));
        byMember.put(memberId, created);
        return created;
    }

    /** Extends a membership by one more period of its plan, from its current end. */
    public Membership renew(String memberId) {
        Membership current = byMember.get(memberId);
        if (current == null) {
            throw new IllegalArgumentException("unknown member " + memberId);
        }
        Instant from = current.endsAt().isAfter(clock.instant()) ? current.endsAt() : clock.instant();
        Membership renewed = new Membership(memberId, current.plan(), current.startsAt(),
                endOf(current.plan(), from));
        byMember.put(memberId, renewed);
        return renewed;
    }

    private static Instant endOf(Plan plan, Instant start) {
        switch (plan) {
            case DAY_PASS:
                return start.plus(1, ChronoUnit.DAYS);
            case MONTHLY:
                return start.plus(1, ChronoUnit.MONTHS);
            case ANNUAL:
                return start.plus(1, ChronoUnit.YEARS);
            default:
                throw new IllegalArgumentException("unknown plan " + plan);
        }
    }

    /** The door check: may this member come in right now? */
    public boolean mayEnter(String memberId) {
        return Optional.ofNullable(byMember.get(memberId))
                .map(m -> m.activeAt(clock.instant()))
                .orElse(false);
    }

    /** Members whose plan ends within the given number of days, for the reminder e-mails. */
    public List<Membership> endingWithin(int days) {
        Instant now = clock.instant();
        Instant horizon = now.plus(days, ChronoUnit.DAYS);
        List<Membership> out = new ArrayList<>();
        for (Membership m : byMember.values()) {
            if (m.endsAt().isAfter(now) && !m.endsAt().isAfter(horizon)) {
                out.add(m);
            }
        }
        out.sort((a, b) -> a.endsAt().compareTo(b.endsAt()));
        return out;
    }
}
