package games;

import java.util.Arrays;

/** A 5x5 bingo card checked against the numbers called so far. */
public final class Bingo {

    private static final int SIZE = 5;

    private final int[][] card;

    public Bingo(int[][] card) {
        if (card.length != SIZE) {
            throw new IllegalArgumentException("a card has " + SIZE + " rows");
        }
        this.card = new int[SIZE][];
        for (int r = 0; r < SIZE; r++) {
            if (card[r].length != SIZE) {
                throw new IllegalArgumentException("row " + r + " must have " + SIZE + " numbers");
            }
            this.card[r] = card[r].clone();
        }
    }

    private static boolean called(int[] calls, int number) {
        return Arrays.asList(calls).contains(number);
    }

    private boolean rowDone(int r, int[] calls) {
        for (int c = 0; c < SIZE; c++) {
            if (!called(calls, card[r][c])) {
                return false;
            }
        }
        return true;
    }

    private boolean columnDone(int c, int[] calls) {
        for (int r = 0; r < SIZE; r++) {
            if (!called(calls, card[r][c])) {
                return false;
            }
        }
        return true;
    }

    /** True when a whole row or a whole column has been called. */
    public boolean wins(int[] calls) {
        for (int i = 0; i < SIZE; i++) {
            if (rowDone(i, calls) || columnDone(i, calls)) {
                return true;
            }
        }
        return false;
    }

    public int[] row(int r) {
        return card[r].clone();
    }

    public static void main(String[] args) {
        Bingo card = new Bingo(new int[][] {
                {3, 18, 33, 48, 63},
                {7, 21, 40, 52, 70},
                {12, 29, 0, 57, 66},
                {1, 16, 38, 46, 74},
                {9, 25, 31, 59, 61}});
        int[] calls = card.row(2);
        System.out.println("row 2: " + Arrays.toString(calls));
        System.out.println(card.wins(calls) ? "BINGO" : "keep playing");
    }
}
