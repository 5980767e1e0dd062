import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The timetable of a climbing gym's classes: staff add sessions by date, members see one
 * week at a time, Monday to Sunday, and the front desk counts free places.
 */
public final class ClassSchedule {

    /** One session of a class on a given day. */
    public record Session(String title, LocalTime start, int capacity, int booked) {
        public Session {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(start, "start");
            if (capacity <= 0 || booked < 0 || booked > capacity) {
                throw new IllegalArgumentException("bad capacity or bookings for " + title);
            }
        }

        public int freePlaces() {
            return capacity - booked;
        }
    }

    private final NavigableMap<LocalDate, List<Session>> byDay = new TreeMap<>();

    public void add(LocalDate day, Session session) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(session, "session");
        byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(session);
    }

    /** The sessions of the week that holds `day`, Monday to Sunday, by date. */
    public Map<LocalDate, List<Session>> week(LocalDate day) {
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        return Collections.unmodifiableMap(byDay.subMap(monday, sunday));
    }

    /** Free places over the week that holds `day`. */
    public int freePlacesInWeek(LocalDate day) {
        return week(day).values().stream()
                .flatMap(List::stream)
                .mapToInt(Session::freePlaces)
                .sum();
    }

    /** The week as printable lines, one per session, earliest first. */
    public List<String> weekSheet(LocalDate day) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Session>> e : week(day).entrySet()) {
            String weekday = e.getKey().getDayOfWeek().toString();
            lines.addAll(e.getValue().stream()
                    .sorted(Comparator.comparing(Session::start))
                    .map(s -> String.format("%s %s  %-20s %d free",
                            weekday, s.start(), s.title(), s.freePlaces()))
                    .collect(Collectors.toList()));
        }
        return lines;
    }

    public static void main(String[] args) {
        ClassSchedule schedule = new ClassSchedule();
        LocalDate monday = LocalDate.of(2024, 5, 6);
        schedule.add(monday, new Session("Intro to bouldering", LocalTime.of(18, 0), 8, 5));
        schedule.add(monday.plusDays(2), new Session("Lead technique", LocalTime.of(19, 0), 6, 6));
        schedule.add(monday.plusDays(6), new Session("Family climb", LocalTime.of(10, 0), 12, 4));
        schedule.weekSheet(monday.plusDays(3)).forEach(System.out::println);
        System.out.println(schedule.freePlacesInWeek(monday) + " places free this week");
    }
}
