package shop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Prices the delivery of an order: a base rate by service, surcharges by zone and weight. */
public final class Shipping {

    public enum Service { ECONOMY, STANDARD, EXPRESS, OVERNIGHT }

    public enum Zone { LOCAL, NATIONAL, REMOTE }

    public record Parcel(int grams, Zone zone) { }

    private static final BigDecimal PER_KILO = new BigDecimal("0.80");
    private static final int FREE_GRAMS = 2_000;

    private Shipping() {
    }

    static BigDecimal baseRate(Service service) {
        BigDecimal rate;
        switch (service) {
            case ECONOMY:
                rate = new BigDecimal("3.90");
                break;
            case STANDARD:
                rate = new BigDecimal("5.90");
                break;
            case EXPRESS:
                rate = new BigDecimal("9.90");
            case OVERNIGHT:
                rate = new BigDecimal("19.90");
                break;
            default:
                throw new IllegalArgumentException("unknown service " + service);
        }
        return rate;
    }

    static BigDecimal zoneSurcharge(Zone zone) {
        switch (zone) {
            case LOCAL:
                return BigDecimal.ZERO;
            case NATIONAL:
                return new BigDecimal("1.50");
            case REMOTE:
                return new BigDecimal("6.00");
            default:
                throw new IllegalArgumentException("unknown zone " + zone);
        }
    }

    static BigDecimal weightSurcharge(int grams) {
        if (grams <= FREE_GRAMS) {
            return BigDecimal.ZERO;
        }
        BigDecimal extraKilos = BigDecimal.valueOf(grams - FREE_GRAMS)
                .divide(BigDecimal.valueOf(1_000), 0, RoundingMode.CEILING);
        return extraKilos.multiply(PER_KILO);
    }

    public static BigDecimal price(Service service, List<Parcel> parcels) {
        if (parcels.isEmpty()) {
            throw new IllegalArgumentException("nothing to ship");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Parcel p : parcels) {
            total = total.add(baseRate(service))
                    .add(zoneSurcharge(p.zone()))
                    .add(weightSurcharge(p.grams()));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    public static void main(String[] args) {
        List<Parcel> order = List.of(new Parcel(1_200, Zone.LOCAL), new Parcel(3_500, Zone.REMOTE));
        for (Service s : Service.values()) {
            System.out.println(s + ": " + price(s, order));
        }
    }
}
