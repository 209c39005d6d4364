package plenary.institutions;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import plenary.kernel.Phrase;

/**
 * One change in an institution's history: its number, when and by whom it was made (an account's username, or
 * "reference data version N"), what changed in words, and the institution as it was after it (JSON).
 */
public record InstitutionRevision(
        int revision,
        Instant changedAt,
        String changedBy,
        List<String> changes,
        @JsonRawValue String snapshot) {

    private static final String REFERENCE_DATA = "reference data version ";

    /** Who made a change loaded from the reference data, as the history stores it (and the API gives it). */
    public static String byReferenceData(int version) {
        return REFERENCE_DATA + version;
    }

    /** Who made the change, as a page says it: an account's username as it is, the reference data in words. */
    public Phrase who() {
        return changedBy.startsWith(REFERENCE_DATA)
                ? Phrase.of("institutions.history.reference-data", changedBy.substring(REFERENCE_DATA.length()))
                : Phrase.of("institutions.history.account", changedBy);
    }
}
