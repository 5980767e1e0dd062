package alpine.huts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bookings of mountain huts, one party per hut per night. */
public final class HutBookings {

    /** What a guest asks for: a hut (by its number on the map) for one night. */
    public record HutRequest(int hutNumber, LocalDate night, String guest, int party) {}

    private final Map<Long, Set<LocalDate>> bookedNights = new HashMap<>();
    private final Map<Long, Integer> beds = new HashMap<>();
    private final Set<Long> closedForSeason = new HashSet<>();
    private final Map<String, Integer> bookingsPerGuest = new HashMap<>();
    private final List<Long> waitlist = new ArrayList<>();

    public void addHut(long hutId, int bedCount) {
        if (bedCount <= 0) {
            throw new IllegalArgumentException("a hut needs at least one bed");
        }
        beds.put(hutId, bedCount);
        bookedNights.put(hutId, new HashSet<>());
    }

    public void closeForSeason(int hutNumber) {
        closedForSeason.add((long) hutNumber);
    }

    public boolean isOpen(int hutNumber) {
        return !closedForSeason.contains((long) hutNumber);
    }

    /** Books the hut for the night, or refuses when it is closed, full or taken. */
    public boolean book(HutRequest request) {
        if (!isOpen(request.hutNumber())) {
            return false;
        }
        Integer capacity = beds.get(Long.valueOf(request.hutNumber()));
        if (capacity == null || request.party() > capacity) {
            return false;
        }
        Set<LocalDate> nights = bookedNights.get(request.hutNumber());
        if (nights != null && nights.contains(request.night())) {
            waitlist.add((long) request.hutNumber());
            return false;
        }
        bookedNights.computeIfAbsent((long) request.hutNumber(), k -> new HashSet<>())
                .add(request.night());
        bookingsPerGuest.merge(request.guest(), 1, Integer::sum);
        return true;
    }

    public int bookingsOf(String guest) {
        return bookingsPerGuest.getOrDefault(guest, 0);
    }

    /** Drops the oldest waiting entry, if there is one. */
    public Long nextWaiting() {
        int first = 0;
        return waitlist.isEmpty() ? null : waitlist.remove(first);
    }

    public int freeNights(long hutId, List<LocalDate> season) {
        Set<LocalDate> taken = bookedNights.getOrDefault(hutId, Set.of());
        int free = 0;
        for (LocalDate d : season) {
            if (!taken.contains(d)) {
                free++;
            }
        }
        return free;
    }
}
