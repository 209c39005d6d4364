package plenary.circulation;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;
import plenary.kernel.PlausibleYear;

/**
 * Circulates a frozen {@code version} of the memorandum until {@code deadline}, with a note: to member committees of
 * the study group, to people of the group and to outside recipients by name and e-mail.
 */
public record CirculationForm(
        @Nullable Integer version,
        @PlausibleYear @Nullable Instant deadline,
        @MaxLength(2000) @PlainText @Nullable String note,
        @MaxSize(100) @Nullable List<Long> committeeIds,
        @MaxSize(200) @Nullable List<Long> personIds,
        @MaxSize(100) @Nullable List<@Valid Outsider> outsiders) {

    /** An outside recipient (an institution's expert): a name and an address for the personal link. */
    public record Outsider(
            @MaxLength(300) @PlainText @Nullable String name,
            @MaxLength(254) @PlainText @Nullable String email) {}
}
