package plenary.institutions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/**
 * Where a fact about an institution comes from: a citation a reader can find, its address where it has one, and
 * the day someone last checked that it still says so. A form may leave out a part (the rules refuse it); a stored
 * source has its citation and date.
 */
public record InstitutionSource(
        @MaxLength(1000) @PlainText @Nullable String citation,
        @MaxLength(1000) @PlainText @Nullable String url,
        @Nullable LocalDate checkedOn) {}
