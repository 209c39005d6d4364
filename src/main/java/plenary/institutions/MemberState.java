package plenary.institutions;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/**
 * A state taking part in an institution, by its ISO 3166 alpha-2 code in capitals ("KR"), with the days it
 * joined and left where known, and the source that says so (an index into the institution's sources).
 */
public record MemberState(
        @MaxLength(10) @PlainText @Nullable String country,
        @Nullable LocalDate joinedOn,
        @Nullable LocalDate leftOn,
        @Nullable Integer sourceIndex) {

    /** A member with no dates and no source: the quick form. */
    public MemberState(@Nullable String country) {
        this(country, null, null, null);
    }

    /** The country's English name ("South Korea"), or the code itself when it is no country. */
    public String countryName() {
        return countryName(Locale.ENGLISH);
    }

    /** The country's name in the reader's language ("Республика Корея"), as a page says it. */
    public String countryName(Locale reader) {
        if (country == null) {
            return "";
        }
        String name = new Locale("", country).getDisplayCountry(reader);
        return name.isBlank() ? country : name;
    }

    /** Whether the state belonged on that day: joined on or before it (or when unknown), not left before it. */
    public boolean belongsOn(LocalDate day) {
        return (joinedOn == null || !joinedOn.isAfter(day)) && (leftOn == null || !leftOn.isBefore(day));
    }
}
