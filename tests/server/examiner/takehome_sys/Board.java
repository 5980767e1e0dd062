import java.util.HashSet;
import java.util.Set;

public class Board {
    static final class Cell {
        int row;
        int col;

        Cell(int row, int col) {
            this.row = row;
            this.col = col;
        }

        void move(int dr, int dc) {
            row += dr;
            col += dc;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Cell)) return false;
            Cell c = (Cell) o;
            return row == c.row && col == c.col;
        }

        @Override
        public int hashCode() {
            return 31 * row + col;
        }
    }

    private final Set<Cell> occupied = new HashSet<>();

    public void place(Cell c) {
        if (!occupied.add(c)) {
            throw new IllegalStateException("cell taken: " + c.row + "," + c.col);
        }
    }

    /** Moves a placed piece one step and reports whether it is still on the board. */
    public boolean step(Cell c, int dr, int dc) {
        c.move(dr, dc);
        return occupied.contains(c);
    }

    public static void main(String[] args) {
        Board board = new Board();
        Cell a = new Cell(0, 0);
        Cell b = new Cell(1, 1);
        board.place(a);
        board.place(b);
        System.out.println(board.step(a, 0, 1));
        System.out.println(board.occupied.size());
        board.place(new Cell(0, 1));
        System.out.println(board.occupied.size());
    }
}
