package delivery;

import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;

/** A courier's route for the day: stops in the order they will be visited. */
public final class RoutePlan {

    /** A place to stop, in kilometres east and north of the depot. */
    public record Stop(String label, double east, double north) {
        public Stop {
            Objects.requireNonNull(label, "label");
        }
    }

    private static final Stop DEPOT = new Stop("depot", 0.0, 0.0);

    private final List<Stop> stops;

    public RoutePlan() {
        this.stops = new LinkedList<>();
        stops.add(DEPOT);
    }

    /** Adds a stop after the last one. */
    public void append(Stop stop) {
        stops.add(Objects.requireNonNull(stop, "stop"));
    }

    /** Puts an urgent stop straight after the depot. */
    public void urgent(Stop stop) {
        stops.add(1, Objects.requireNonNull(stop, "stop"));
    }

    /** Drops every stop with this label; true when one was there. */
    public boolean cancel(String label) {
        return stops.removeIf(s -> s.label().equals(label) && s != DEPOT);
    }

    public int size() {
        return stops.size() - 1;
    }

    /** Kilometres driven from the depot through every stop and back again. */
    public double length() {
        double km = 0.0;
        for (int i = 1; i < stops.size(); i++) {
            km += distance(stops.get(i - 1), stops.get(i));
        }
        if (stops.size() > 1) {
            km += distance(stops.get(stops.size() - 1), DEPOT);
        }
        return km;
    }

    /** The stops in visiting order, without the depot. */
    public List<Stop> itinerary() {
        return Collections.unmodifiableList(stops.subList(1, stops.size()));
    }

    private static double distance(Stop a, Stop b) {
        double dx = a.east() - b.east();
        double dy = a.north() - b.north();
        return Math.sqrt(dx * dx + dy * dy);
    }

    public static void main(String[] args) {
        RoutePlan plan = new RoutePlan();
        plan.append(new Stop("bakery", 1.5, 2.0));
        plan.append(new Stop("library", 3.0, -1.0));
        plan.urgent(new Stop("pharmacy", 0.5, 0.5));
        plan.append(new Stop("garage", -2.0, 4.0));
        plan.cancel("library");
        System.out.printf("%d stops, %.2f km%n", plan.size(), plan.length());
        for (Stop s : plan.itinerary()) {
            System.out.println(" - " + s.label());
        }
    }
}
