package plenary.reports.fidelity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * A monotone one-to-one alignment of a reference text's paragraphs with a candidate's: each reference paragraph
 * gets at most one partner, no candidate paragraph serves two, and partners keep their order. Of all such
 * alignments it is the one with the greatest total similarity (dynamic programming, as in sequence alignment
 * without gap costs); a paragraph may be left without a partner on either side.
 */
public final class ParagraphAlignment {

    private ParagraphAlignment() {}

    /** One reference paragraph and its partner in the candidate, if it has one. */
    public record Pair(int reference, int candidate, double similarity) {

        /** A reference paragraph left without a partner. */
        static Pair none(int reference) {
            return new Pair(reference, -1, 0);
        }

        public boolean matched() {
            return candidate >= 0;
        }
    }

    /** For each reference paragraph in order, its partner (or none) and their similarity. */
    public static List<Pair> align(
            List<String> reference, List<String> candidate, ToDoubleBiFunction<String, String> similarity) {
        int m = reference.size();
        int n = candidate.size();
        double[][] sim = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                sim[i][j] = similarity.applyAsDouble(reference.get(i), candidate.get(j));
            }
        }
        double[][] best = new double[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                best[i][j] = Math.max(best[i - 1][j - 1] + sim[i - 1][j - 1], Math.max(best[i - 1][j], best[i][j - 1]));
            }
        }
        Pair[] pairs = new Pair[m];
        int i = m;
        int j = n;
        while (i > 0 && j > 0) {
            if (best[i][j] == best[i - 1][j]) {
                i--;
            } else if (best[i][j] == best[i][j - 1]) {
                j--;
            } else {
                pairs[i - 1] = new Pair(i - 1, j - 1, sim[i - 1][j - 1]);
                i--;
                j--;
            }
        }
        List<Pair> all = new ArrayList<>(Arrays.asList(pairs));
        for (int k = 0; k < m; k++) {
            if (all.get(k) == null) {
                all.set(k, Pair.none(k));
            }
        }
        return all;
    }
}
