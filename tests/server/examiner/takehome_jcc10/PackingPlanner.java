package trips;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds a packing list for a trip from its length, the weather and the activities planned. */
public class PackingPlanner {

    public enum Weather { HOT, MILD, COLD, RAINY }

    public record Trip(int nights, Weather weather, List<String> activities) {}

    private static final Map<String, List<String>> GEAR_BY_ACTIVITY = Map.of(
            "hiking", List.of("boots", "daypack", "water bottle"),
            "swimming", List.of("swimsuit", "towel"),
            "business", List.of("laptop", "charger", "shirt"));

    /** The list for one trip: basics, clothes for the nights, weather gear, activity gear. */
    public List<String> plan(Trip trip) {
        if (trip.nights() < 0) {
            throw new IllegalArgumentException("nights cannot be negative");
        }
        List<String> items = Arrays.asList("passport", "phone", "toothbrush");
        int outfits = Math.min(trip.nights() + 1, 7);
        items.add(outfits + " x underwear");
        items.add(outfits + " x socks");
        items.addAll(weatherGear(trip.weather()));
        for (String activity : trip.activities()) {
            List<String> gear = GEAR_BY_ACTIVITY.get(activity.toLowerCase(Locale.ROOT));
            if (gear != null) {
                items.addAll(gear);
            }
        }
        return items;
    }

    private static List<String> weatherGear(Weather weather) {
        switch (weather) {
            case HOT:
                return List.of("sunscreen", "hat");
            case COLD:
                return List.of("coat", "gloves");
            case RAINY:
                return List.of("umbrella", "rain jacket");
            default:
                return List.of();
        }
    }

    /** The list as printable text, one item a line, numbered. */
    public String render(List<String> items) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            out.append(i + 1).append(". ").append(items.get(i)).append('\n');
        }
        return out.toString();
    }

    public static void main(String[] args) {
        PackingPlanner planner = new PackingPlanner();
        Trip trip = new Trip(4, Weather.RAINY, List.of("hiking", "business"));
        System.out.print(planner.render(planner.plan(trip)));
    }
}
