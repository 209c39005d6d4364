package plenary.imports.internal;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import plenary.meetings.InterventionKind;
import plenary.meetings.Stance;

/**
 * The stance of an intervention, from words of judgement in it. Proposals, questions and responses judge nothing
 * here. Words of both kinds, or words that say so ("competing assessments", "different views", "both the promise
 * and the limits"), make it mixed; a concern is negative where no word says otherwise.
 */
final class Stances {

    private static final Pattern MIXED = Pattern.compile(
            "\\b(?:competing\\s+(?:views|assessments|conceptions|positions)|different\\s+views|divergent\\s+views|both\\s+the\\s+promise\\s+and\\s+the\\s+limits"
                    + "|mixed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "\\b(?:highly\\s+evaluated|positive(?:ly)?|useful(?:ness)?|(?:could|would|greatly|can)\\s+contribute"
                    + "|supported|favou?red|welcomed|beneficial|promising|valuable|success(?:ful)?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "\\b(?:questioned|disappear|sceptical|skeptical|failed|should\\s+not|concerns?|worried|hostage|too\\s+high"
                    + "|too\\s+informal|constraint|reservations|opposed|unlikely|excessive|stall|warned|obstacle"
                    + "|divide|risk)\\b",
            Pattern.CASE_INSENSITIVE);

    private Stances() {}

    static @Nullable Stance of(InterventionKind kind, String text) {
        if (kind == InterventionKind.PROPOSAL
                || kind == InterventionKind.QUESTION
                || kind == InterventionKind.RESPONSE) {
            return null;
        }
        if (MIXED.matcher(text).find()) {
            return Stance.MIXED;
        }
        boolean positive = POSITIVE.matcher(text).find();
        boolean negative = NEGATIVE.matcher(text).find();
        if (positive && negative) {
            return Stance.MIXED;
        }
        if (positive) {
            return Stance.POSITIVE;
        }
        if (negative || kind == InterventionKind.CONCERN) {
            return Stance.NEGATIVE;
        }
        return null;
    }
}
