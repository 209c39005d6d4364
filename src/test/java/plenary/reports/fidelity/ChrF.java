package plenary.reports.fidelity;

import java.util.HashMap;
import java.util.Map;

/**
 * chrF, the character n-gram F-score of Popović (2015): the precisions and recalls of the character n-grams of
 * orders 1 to 6, each averaged over the orders, combined into an F-score that weighs recall β = 2 times as much
 * as precision. Whitespace is left out before the n-grams are counted, and counts are clipped (a hypothesis that
 * repeats an n-gram is credited with no more of it than the reference has). An order that one of the texts is too
 * short to have is left out of the averages; two empty texts score 1.
 */
public final class ChrF {

    /** The orders and the weight of recall that Popović recommends. */
    public static final int ORDER = 6;

    public static final double BETA = 2.0;

    private ChrF() {}

    /** The score, from 0 to 1, of the hypothesis against the reference. */
    public static double score(String hypothesis, String reference) {
        return score(hypothesis, reference, ORDER, BETA);
    }

    static double score(String hypothesis, String reference, int order, double beta) {
        String hyp = withoutWhitespace(hypothesis);
        String ref = withoutWhitespace(reference);
        if (hyp.isEmpty() && ref.isEmpty()) {
            return 1;
        }
        double precisions = 0;
        double recalls = 0;
        int orders = 0;
        for (int n = 1; n <= order; n++) {
            Map<String, Integer> h = grams(hyp, n);
            Map<String, Integer> r = grams(ref, n);
            if (h.isEmpty() || r.isEmpty()) {
                continue;
            }
            int matches = 0;
            for (Map.Entry<String, Integer> gram : h.entrySet()) {
                matches += Math.min(gram.getValue(), r.getOrDefault(gram.getKey(), 0));
            }
            precisions += (double) matches / total(h);
            recalls += (double) matches / total(r);
            orders++;
        }
        if (orders == 0) {
            return 0;
        }
        double precision = precisions / orders;
        double recall = recalls / orders;
        double b2 = beta * beta;
        return precision + recall == 0 ? 0 : (1 + b2) * precision * recall / (b2 * precision + recall);
    }

    private static String withoutWhitespace(String text) {
        return text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** The n-grams of code points (a Hangul syllable or a Chinese character counts as one character). */
    private static Map<String, Integer> grams(String text, int n) {
        int[] points = text.codePoints().toArray();
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= points.length; i++) {
            grams.merge(new String(points, i, n), 1, Integer::sum);
        }
        return grams;
    }

    private static int total(Map<String, Integer> grams) {
        return grams.values().stream().mapToInt(Integer::intValue).sum();
    }
}
