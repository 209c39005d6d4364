package plenary.institutions.map;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import plenary.institutions.InstitutionStatus;

/**
 * The words of the membership map in one reader's language, from the institutions' bundle: the map is a picture a
 * page shows, so it speaks as the page does. In English it says the day and the states as it always has.
 */
record MapWords(MessageSource texts, Locale reader) {

    static MapWords in(MessageSource texts, Locale reader) {
        return new MapWords(texts, reader);
    }

    String t(String key, Object... args) {
        return texts.getMessage(key, args.length == 0 ? null : args, reader);
    }

    /** "suspended". */
    String status(InstitutionStatus status) {
        return t("institutions.status." + status.name());
    }

    /** "South Korea", "Республика Корея"; the code itself where it names no country. */
    String state(String code) {
        String name = new Locale("", code).getDisplayCountry(reader);
        return name.isBlank() ? code : name;
    }

    /** "14 November 2011", "14 ноября 2011 г.". */
    String day(LocalDate day) {
        return english()
                ? Days.inWords(day)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(reader)
                        .format(day);
    }

    private boolean english() {
        return reader.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }
}
