package plenary.institutions.map;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import plenary.kernel.InvalidRecord;

/** The day a picture shows: read from {@code asOf} (YYYY-MM-DD, today when absent) and written in words. */
final class Days {

    static final String FIELD = "asOf";

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Days() {}

    /** The day the text names, or today where it names none; refused, naming {@code asOf}, where it is no day. */
    static LocalDate read(@Nullable String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return today;
        }
        String day = text.strip();
        if (ISO_DAY.matcher(day).matches()) {
            try {
                return LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                // A date of the right shape that is no day of the calendar (2011-02-30): refused below.
            }
        }
        throw InvalidRecord.of(FIELD, "date", "must be a day of the calendar written YYYY-MM-DD, such as 2011-11-14");
    }

    /** "14 November 2011". */
    static String inWords(LocalDate day) {
        return WORDS.format(day);
    }
}
