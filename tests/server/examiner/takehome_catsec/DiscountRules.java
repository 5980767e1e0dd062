import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

/** Prices a basket with a discount rule chosen per customer tier, rules edited by staff. */
public class DiscountRules {
    public record Line(String sku, int quantity, double unitPrice) {}

    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");
    private final Map<String, String> ruleByTier = new HashMap<>();

    public DiscountRules() {
        ruleByTier.put("standard", "total");
        ruleByTier.put("gold", "total * 0.9");
    }

    public void setRule(String tier, String expression) {
        if (tier == null || tier.isBlank()) {
            throw new IllegalArgumentException("tier required");
        }
        ruleByTier.put(tier, expression);
    }

    public double subtotal(List<Line> lines) {
        double sum = 0;
        for (Line line : lines) {
            if (line.quantity() < 0) {
                throw new IllegalArgumentException("negative quantity for " + line.sku());
            }
            sum += line.quantity() * line.unitPrice();
        }
        return sum;
    }

    public double price(String tier, List<Line> lines) throws ScriptException {
        double total = subtotal(lines);
        String rule = ruleByTier.getOrDefault(tier, "total");
        engine.put("total", total);
        Object result = engine.eval(rule);
        if (!(result instanceof Number n)) {
            throw new IllegalStateException("rule for " + tier + " did not give a number");
        }
        return Math.max(0, n.doubleValue());
    }

    public static void main(String[] args) throws ScriptException {
        DiscountRules rules = new DiscountRules();
        List<Line> basket = List.of(new Line("tea", 2, 4.5), new Line("mug", 1, 8.0));
        System.out.println("standard: " + rules.price("standard", basket));
        System.out.println("gold: " + rules.price("gold", basket));
        rules.setRule("staff", "total * 0.7");
        System.out.println("staff: " + rules.price("staff", basket));
        double saved = rules.subtotal(basket) - rules.price("staff", basket);
        System.out.printf("staff saves %.2f%n", saved);
        System.out.println("tiers known: " + rules.ruleByTier.keySet());
        System.out.println("lines: " + basket.size());
        System.out.println("done");
    }
}
