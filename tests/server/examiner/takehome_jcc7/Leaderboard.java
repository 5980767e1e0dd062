package scores;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A leaderboard of players: highest score first, ties broken by name. */
public final class Leaderboard {

    public record Entry(String player, int score) {
        public Entry {
            if (player == null || player.isBlank()) {
                throw new IllegalArgumentException("player must be named");
            }
            if (score < 0) {
                throw new IllegalArgumentException("score must not be negative");
            }
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final int capacity;

    public Leaderboard(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    /** Records a score, keeping the board in order; returns the rank (1-based) or -1 if it fell off. */
    public int submit(String player, int score) {
        Entry entry = new Entry(player, score);
        int at = 0;
        while (at < entries.size() && !ranksAbove(entry, entries.get(at))) {
            at++;
        }
        if (at >= capacity) {
            return -1;
        }
        entries.add(at, entry);
        if (entries.size() > capacity) {
            entries.remove(entries.size() - 1);
        }
        return at + 1;
    }

    /** True when a should be listed before b. */
    static boolean ranksAbove(Entry a, Entry b) {
        if (a.score() != b.score()) {
            return a.score() > b.score();
        }
        String left = a.player().toLowerCase(Locale.ROOT);
        String right = b.player().toLowerCase(Locale.ROOT);
        return left.compareTo(right) == -1;
    }

    public List<Entry> top(int n) {
        return List.copyOf(entries.subList(0, Math.min(n, entries.size())));
    }

    public List<String> players() {
        List<String> names = new ArrayList<>();
        for (Entry e : entries) {
            names.add(e.player());
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    public static void main(String[] args) {
        Leaderboard board = new Leaderboard(5);
        board.submit("mira", 120);
        board.submit("alex", 120);
        board.submit("zoe", 90);
        board.submit("carl", 120);
        board.submit("bea", 150);
        for (Entry e : board.top(5)) {
            System.out.printf("%-6s %4d%n", e.player(), e.score());
        }
    }
}
