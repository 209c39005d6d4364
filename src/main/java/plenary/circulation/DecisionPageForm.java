package plenary.circulation;

import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/**
 * The co-chairs' decision on an amendment as its circulation's page sends it: one field, {@code text}, holds a
 * rejection's reason or the wording of a merge.
 */
public record DecisionPageForm(
        @Nullable AmendmentDecision decision,
        @MaxLength(10_000) @PlainText @Nullable String text) {

    AmendmentDecisionForm form() {
        return new AmendmentDecisionForm(
                decision,
                decision == AmendmentDecision.REJECT ? text : null,
                decision == AmendmentDecision.MERGE ? text : null);
    }
}
