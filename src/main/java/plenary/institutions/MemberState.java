package plenary.institutions;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/**
 * A state taking part in an institution, by its ISO 3166 alpha-2 code in capitals ("KR"), with the year it
 * joined where known.
 */
public record MemberState(
        @MaxLength(10) @PlainText @Nullable String country,
        @Nullable Integer joinedYear) {

    /** The country's English name ("South Korea"), or the code itself when it is no country. */
    public String countryName() {
        if (country == null) {
            return "";
        }
        String name = new Locale("", country).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? country : name;
    }
}
