package shop;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A stock-keeping unit: a product code and a size, as printed on the shelf label. */
public final class Sku {

    private final String product;
    private final String size;

    public Sku(String product, String size) {
        this.product = Objects.requireNonNull(product).trim().toUpperCase(Locale.ROOT);
        this.size = Objects.requireNonNull(size).trim().toUpperCase(Locale.ROOT);
    }

    /** Parses a label such as "TEE-042/M". */
    public static Sku parse(String label) {
        int slash = label.indexOf('/');
        if (slash <= 0 || slash == label.length() - 1) {
            throw new IllegalArgumentException("not a label: " + label);
        }
        return new Sku(label.substring(0, slash), label.substring(slash + 1));
    }

    public String product() {
        return product;
    }

    public String size() {
        return size;
    }

    public boolean equals(Sku other) {
        if (other == null) {
            return false;
        }
        return product.equals(other.product) && size.equals(other.size);
    }

    @Override
    public int hashCode() {
        return Objects.hash(product, size);
    }

    @Override
    public String toString() {
        return product + "/" + size;
    }

    /** The labels scanned at the till that are not on the price list. */
    public static Set<Sku> unpriced(List<String> scanned, Set<Sku> priceList) {
        Set<Sku> missing = new HashSet<>();
        for (String label : scanned) {
            Sku sku = parse(label);
            if (!priceList.contains(sku)) {
                missing.add(sku);
            }
        }
        return missing;
    }

    public static void main(String[] args) {
        Set<Sku> priceList = new HashSet<>();
        priceList.add(new Sku("tee-042", "m"));
        priceList.add(new Sku("tee-042", "l"));
        priceList.add(new Sku("cap-007", "one"));
        Set<Sku> missing = unpriced(List.of(args), priceList);
        if (missing.isEmpty()) {
            System.out.println("every item has a price");
        } else {
            System.out.println("no price for: " + missing);
        }
    }
}
