package plenary.web;

import jakarta.servlet.http.HttpSession;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The languages Plenary speaks and how a reader's choice of language and time zone is remembered: an account's
 * choice goes into its session at sign-in (and when the account changes it), a visitor's into a cookie; without
 * either, the browser's languages decide, and times are shown in UTC until the page learns the browser's zone.
 */
public final class Readers {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** The languages of the interface, the first the fallback. */
    public static final List<Locale> SPOKEN = List.of(ENGLISH, RUSSIAN);

    static final String LANGUAGE = "plenary.reader.language";
    static final String TIME_ZONE = "plenary.reader.time-zone";

    private Readers() {}

    /** The spoken language of the tag ({@code "ru"}, {@code "ru-RU"}), or null when Plenary does not speak it. */
    public static @Nullable Locale spoken(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SPOKEN.stream()
                .filter(l -> l.getLanguage().equals(language))
                .findFirst()
                .orElse(null);
    }

    /** The time zone of an IANA name ({@code "Europe/Moscow"}), or null when it names none. */
    public static @Nullable ZoneId zone(@Nullable String name) {
        if (name == null || name.isBlank() || name.length() > 60) {
            return null;
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Remembers an account's choices for the rest of its session; null leaves the browser to decide. */
    public static void remember(HttpSession session, @Nullable String language, @Nullable String timeZone) {
        Locale locale = spoken(language);
        ZoneId zone = zone(timeZone);
        session.setAttribute(LANGUAGE, locale == null ? null : locale.toLanguageTag());
        session.setAttribute(TIME_ZONE, zone == null ? null : zone.getId());
    }
}
