package plenary.reports.fidelity;

import java.util.Locale;

/**
 * How alike two paragraphs read: the mean of their chrF and their word-level edit similarity, in lower case.
 * chrF forgives a changed ending or a reworded clause; the edit similarity does not forgive words out of order,
 * which chrF hardly sees. A paragraph whose words are shuffled, or one of other words carrying the same names,
 * scores low on one of the two and so on the mean.
 */
public final class ParagraphSimilarity {

    private ParagraphSimilarity() {}

    /** The similarity, from 0 to 1, of the candidate paragraph to the reference one. */
    public static double of(String reference, String candidate) {
        String r = reference.toLowerCase(Locale.ROOT);
        String c = candidate.toLowerCase(Locale.ROOT);
        return (ChrF.score(c, r) + WordEdit.similarity(r, c)) / 2;
    }
}
