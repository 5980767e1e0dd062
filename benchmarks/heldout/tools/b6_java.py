import sys; sys.path.insert(0, "/work/heldout/tools")
from lib import add

add("java-01", "java", "src/main/java/shop/DiscountService.java", r'''
package shop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

public class DiscountService {

    public enum Tier { STANDARD, SILVER, GOLD }

    public record Coupon(String code, int percentOff, LocalDate expires) {}

    private final List<Coupon> coupons;
    private final LocalDate today;

    public DiscountService(List<Coupon> coupons, LocalDate today) {
        this.coupons = List.copyOf(coupons);
        this.today = today;
    }

    private int tierPercent(Tier tier) {
        if (tier == Tier.GOLD) {
            return 10;
        }
        if (tier == Tier.SILVER) {
            return 5;
        }
        return 0;
    }

    private int couponPercent(String enteredCode) {
        if (enteredCode == null || enteredCode.isBlank()) {
            return 0;
        }
        String normalised = enteredCode.trim().toUpperCase(Locale.ROOT);
        for (Coupon c : coupons) {
            if (c.code() == normalised && !c.expires().isBefore(today)) {
                return c.percentOff();
            }
        }
        return 0;
    }

    public BigDecimal finalPrice(BigDecimal price, Tier tier, String couponCode) {
        if (price.signum() < 0) {
            throw new IllegalArgumentException("price must not be negative");
        }
        int percent = Math.min(50, tierPercent(tier) + couponPercent(couponCode));
        BigDecimal factor = BigDecimal.valueOf(100 - percent).movePointLeft(2);
        return price.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }
}
''', ("correctness", "if (c.code() == normalised && !c.expires().isBefore(today)) {", "couponPercent",
      "The coupon code is compared with `==`, which compares String references; the code typed by the user is a different String object from the configured coupon code, so valid coupons (in general) never match and no discount is applied."),
 ["`tier == Tier.GOLD` compares enum constants, for which `==` is correct.",
  "`List.copyOf` makes an immutable defensive copy, so the coupon list cannot be changed from outside.",
  "`BigDecimal` with explicit scale and rounding is used for money, not double.",
  "`Math.min(50, ...)` caps the discount so the factor never goes negative."])

add("java-02", "java", "src/main/java/library/BookDao.java", r'''
package library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

public class BookDao {

    public record Book(long id, String title, String author, int year) {}

    private final DataSource dataSource;

    public BookDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Book> findById(long id) throws SQLException {
        String sql = "SELECT id, title, author, year FROM books WHERE id = ?";
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public List<Book> searchByAuthor(String author, int fromYear) throws SQLException {
        String sql = "SELECT id, title, author, year FROM books WHERE year >= " + fromYear
                + " AND author LIKE '%" + author + "%' ORDER BY year, title";
        List<Book> books = new ArrayList<>();
        try (Connection conn = dataSource.getConnection();
             Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                books.add(map(rs));
            }
        }
        return books;
    }

    public boolean updateTitle(long id, String title) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement("UPDATE books SET title = ? WHERE id = ?")) {
            ps.setString(1, title);
            ps.setLong(2, id);
            return ps.executeUpdate() == 1;
        }
    }

    private static Book map(ResultSet rs) throws SQLException {
        return new Book(rs.getLong("id"), rs.getString("title"), rs.getString("author"), rs.getInt("year"));
    }
}
''', ("security", "+ \" AND author LIKE '%\" + author + \"%' ORDER BY year, title\";", "searchByAuthor",
      "`author` is concatenated into the SQL string and run with a plain Statement, allowing SQL injection; `fromYear` is an int and harmless."),
 ["`findById` and `updateTitle` use PreparedStatement with `?` parameters.",
  "Concatenating `fromYear` is not injectable because it is an `int`.",
  "All connections, statements and result sets are in try-with-resources, so nothing leaks even on the early `return` in `findById`.",
  "The `while (rs.next())` loop is the normal JDBC iteration, not an infinite loop.",
  "`ps.executeUpdate() == 1` compares ints, so `==` is correct there."])

add("java-03", "java", "src/main/java/geo/GeoController.java", r'''
package geo;

import java.util.HashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class GeoController {

    public record Location(String ip, String country, String city) {}

    private static final Map<String, Location> CACHE = new HashMap<>();
    private static final int MAX_ENTRIES = 10_000;

    private final GeoIpClient client;

    public GeoController(GeoIpClient client) {
        this.client = client;
    }

    @GetMapping("/geo")
    public ResponseEntity<Location> lookup(@RequestParam String ip) {
        if (!IpUtil.isValid(ip)) {
            return ResponseEntity.badRequest().build();
        }
        Location loc = CACHE.get(ip);
        if (loc == null) {
            loc = client.lookup(ip);
            if (loc == null) {
                return ResponseEntity.notFound().build();
            }
            if (CACHE.size() >= MAX_ENTRIES) {
                CACHE.clear();
            }
            CACHE.put(ip, loc);
        }
        return ResponseEntity.ok(loc);
    }

    @GetMapping("/geo/stats")
    public Map<String, Integer> stats() {
        Map<String, Integer> byCountry = new HashMap<>();
        for (Location l : CACHE.values()) {
            byCountry.merge(l.country(), 1, Integer::sum);
        }
        return byCountry;
    }
}

interface GeoIpClient {
    GeoController.Location lookup(String ip);
}

final class IpUtil {
    private IpUtil() {}

    static boolean isValid(String ip) {
        return ip != null && ip.matches("^[0-9a-fA-F:.]{2,45}$");
    }
}
''', ("concurrency", "private static final Map<String, Location> CACHE = new HashMap<>();", "CACHE",
      "A static, unsynchronised HashMap is read and written by every request thread; concurrent `put`/`clear`/iteration can corrupt it or throw ConcurrentModificationException (use ConcurrentHashMap or a proper cache)."),
 ["`byCountry` in `stats()` is a new local map per request, not shared.",
  "`lookup` in the controller calls `client.lookup`, a method of another type, not itself recursively.",
  "`loc == null` is a null check, for which `==` is correct.",
  "Returning `notFound()` when the client returns null is handled, not an unchecked null."])

add("java-04", "java", "src/main/java/wallet/WalletService.java", r'''
package wallet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

public class WalletService {

    public static class InsufficientFundsException extends Exception {
        public InsufficientFundsException(String msg) {
            super(msg);
        }
    }

    private final DataSource ds;

    public WalletService(DataSource ds) {
        this.ds = ds;
    }

    public long balance(long walletId) throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT balance_cents FROM wallets WHERE id = ?")) {
            ps.setLong(1, walletId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no wallet " + walletId);
                }
                return rs.getLong(1);
            }
        }
    }

    /** Withdraws amount from the wallet; called concurrently by many request threads. */
    public long withdraw(long walletId, long amountCents) throws SQLException, InsufficientFundsException {
        if (amountCents <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        long current = balance(walletId);
        if (current < amountCents) {
            throw new InsufficientFundsException("balance " + current + " < " + amountCents);
        }
        long updated = current - amountCents;
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE wallets SET balance_cents = ? WHERE id = ?")) {
            ps.setLong(1, updated);
            ps.setLong(2, walletId);
            ps.executeUpdate();
        }
        return updated;
    }
}
''', ("correctness", "long current = balance(walletId);", "withdraw",
      "`withdraw` reads the balance, computes the new value in Java and writes it back on a separate connection with no transaction or row lock, so two concurrent withdrawals both read the same balance and one update is lost (and overdrafts are possible)."),
 ["All SQL uses PreparedStatement placeholders; the string concatenation is only in exception messages.",
  "Connections are in try-with-resources, including when `balance` throws for a missing wallet.",
  "`throw new SQLException(...)` inside the try-with-resources still closes the ResultSet/statement/connection.",
  "`current < amountCents` compares primitive longs; no boxing/`==` pitfall."])

add("java-05", "java", "src/main/java/config/IniParser.java", r'''
package config;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses simple INI files: [section], key = value, ';' or '#' comments. */
public final class IniParser {

    public static final class ParseException extends Exception {
        public ParseException(String message) {
            super(message);
        }
    }

    private IniParser() {}

    public static Map<String, Map<String, String>> parse(Path file) throws IOException, ParseException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        }
    }

    static Map<String, Map<String, String>> parse(BufferedReader reader) throws IOException, ParseException {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = sections.computeIfAbsent("", k -> new LinkedHashMap<>());
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith(";") || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[")) {
                if (t.length() < 3 || !t.endsWith("]") || t.substring(1, t.length() - 1).isBlank()) {
                    throw new ParseException("line " + lineNo + ": bad section header \"" + t + "\"");
                }
                String name = t.substring(1, t.length() - 1).strip();
                current = sections.computeIfAbsent(name, k -> new LinkedHashMap<>());
                continue;
            }
            int eq = t.indexOf('=');
            if (eq <= 0) {
                throw new ParseException("line " + lineNo + ": expected key = value (got \"" + t + "\")");
            }
            String key = t.substring(0, eq).strip();
            String value = t.substring(eq + 1).strip();
            if (value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"') {
                value = value.substring(1, value.length() - 1);
            }
            current.put(key, value);
        }
        sections.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return Collections.unmodifiableMap(sections);
    }
}
''', None,
 ["The public `parse(Path)` calls the package-private `parse(BufferedReader)` overload, not itself, so there is no recursion.",
  "The reader is closed by try-with-resources even when a ParseException is thrown.",
  "`while ((line = reader.readLine()) != null)` is the standard loop; the assignment inside the condition is intentional.",
  "`value.charAt(0) == '\"'` compares `char` primitives, for which `==` is correct (this is not the String `==` pitfall).",
  "The `\"[\"`, `\"]\"` and `=` characters inside string and char literals are data, not syntax.",
  "`eq <= 0` deliberately rejects lines with an empty key as well as lines without `=`."])
