package plenary.institutions;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;

/**
 * One change in an institution's history: its number, when and by whom it was made (an account's username, or
 * "reference data version N"), what changed in words, and the institution as it was after it (JSON).
 */
public record InstitutionRevision(
        int revision,
        Instant changedAt,
        String changedBy,
        List<String> changes,
        @JsonRawValue String snapshot) {}
