package words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Finds the words of a list that are anagrams of a given word. */
public final class Anagrams {

    private final List<String> dictionary;

    public Anagrams(List<String> words) {
        this.dictionary = new ArrayList<>();
        for (String word : words) {
            String w = normalise(word);
            if (!w.isEmpty()) {
                this.dictionary.add(w);
            }
        }
    }

    private static String normalise(String word) {
        return word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
    }

    private static char[] letters(String word) {
        char[] cs = word.replace(" ", "").toCharArray();
        Arrays.sort(cs);
        return cs;
    }

    /** True when a and b use the same letters the same number of times (spaces ignored). */
    public static boolean isAnagram(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.equals(y)) {
            return false;
        }
        char[] left = letters(x);
        char[] right = letters(y);
        if (left.length != right.length) {
            return false;
        }
        return left.equals(right);
    }

    /** The dictionary's anagrams of the word, in dictionary order. */
    public List<String> of(String word) {
        List<String> found = new ArrayList<>();
        for (String candidate : dictionary) {
            if (isAnagram(word, candidate)) {
                found.add(candidate);
            }
        }
        return found;
    }

    public int size() {
        return dictionary.size();
    }

    public static void main(String[] args) {
        Anagrams index = new Anagrams(List.of("listen", "silent", "enlist", "google", "inlets",
                "banana", "tinsel", "Dormitory", "dirty room"));
        for (String word : List.of("listen", "dormitory", "apple")) {
            List<String> found = index.of(word);
            System.out.println(word + ": " + (found.isEmpty() ? "none" : String.join(", ", found)));
        }
    }
}
