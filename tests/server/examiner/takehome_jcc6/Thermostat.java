package home;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Keeps the last readings of a room sensor and decides whether to heat. The sensor reports
 * Double.NaN when it could not take a reading.
 */
public final class Thermostat {

    private static final int WINDOW = 6;
    private static final double HYSTERESIS = 0.5;

    private final Deque<Double> readings = new ArrayDeque<>();
    private final double target;
    private boolean heating;
    private int failedReadings;

    public Thermostat(double target) {
        if (target < 5.0 || target > 30.0) {
            throw new IllegalArgumentException("target out of range: " + target);
        }
        this.target = target;
    }

    /** Takes one reading from the sensor and returns whether the heating should be on. */
    public boolean onReading(double celsius) {
        if (celsius == Double.NaN) {
            failedReadings++;
            return heating;
        }
        failedReadings = 0;
        readings.addLast(celsius);
        if (readings.size() > WINDOW) {
            readings.removeFirst();
        }
        double average = average();
        if (average < target - HYSTERESIS) {
            heating = true;
        } else if (average > target + HYSTERESIS) {
            heating = false;
        }
        return heating;
    }

    private double average() {
        double sum = 0.0;
        for (double r : readings) {
            sum += r;
        }
        return readings.isEmpty() ? target : sum / readings.size();
    }

    public boolean sensorLooksBroken() {
        return failedReadings >= 3;
    }

    public String status() {
        return String.format(Locale.ROOT, "target %.1f, average %.1f over %d, heating %s",
                target, average(), readings.size(), heating ? "on" : "off");
    }

    public static void main(String[] args) {
        Thermostat t = new Thermostat(20.0);
        double[] samples = {19.0, 19.2, Double.NaN, 19.1, 21.0, Double.NaN, 21.5};
        for (double s : samples) {
            t.onReading(s);
            System.out.println(t.status());
        }
        if (t.sensorLooksBroken()) {
            System.out.println("check the sensor");
        }
    }
}
