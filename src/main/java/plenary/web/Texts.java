package plenary.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import plenary.kernel.Violation;

/**
 * The interface's words for one reader: texts from the message bundles in the reader's language, and dates, times
 * and numbers in the reader's language and time zone. English dates are written the British way (2 December
 * 2026), as the study group's documents are.
 */
public final class Texts {

    private static final Pattern INDEXED = Pattern.compile("\\[\\d*]?");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern DOCUMENT_PART = Pattern.compile("[a-z]+_\\d+(__[a-z]+_\\d+)*");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final MessageSource bundles;
    private final Locale locale;
    private final ZoneId zone;
    private final Locale formats;

    public Texts(MessageSource bundles, Locale locale, ZoneId zone) {
        this.bundles = bundles;
        this.locale = locale;
        this.zone = zone;
        this.formats = locale.getLanguage().equals("en") ? Locale.UK : locale;
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The text of a key, its arguments put in ({0}, {1} …); a missing key is an error. */
    public String t(String key, Object... args) {
        return bundles.getMessage(key, args.length == 0 ? null : args, locale);
    }

    /** Words a module made ({@link plenary.kernel.Phrase}), said in the reader's language. */
    public String t(MessageSourceResolvable phrase) {
        return bundles.getMessage(phrase, locale);
    }

    /** The text of a key, or null where no bundle has it. */
    public @Nullable String optional(String key, Object... args) {
        try {
            return t(key, args);
        } catch (NoSuchMessageException e) {
            return null;
        }
    }

    /** A moment in the reader's zone and words: "2 Dec 2026, 13:11". */
    public String when(@Nullable Instant moment) {
        return moment == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(formats)
                        .format(moment.atZone(zone));
    }

    /** A day in words: "2 December 2026". */
    public String day(@Nullable LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(formats)
                        .format(day);
    }

    /** A day, short: "2 Dec 2026". */
    public String shortDay(@Nullable LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(formats)
                        .format(day);
    }

    /** The day of a moment in the reader's zone, in words. */
    public String day(@Nullable Instant moment) {
        return moment == null ? "" : day(moment.atZone(zone).toLocalDate());
    }

    /** A number with the reader's grouping: 12,000 or 12 000. */
    public String number(long n) {
        return NumberFormat.getIntegerInstance(formats).format(n);
    }

    /** A moment as the value of a {@code datetime-local} field, in the reader's zone. */
    public String inputValue(@Nullable Instant moment) {
        return moment == null ? "" : INPUT.format(LocalDateTime.ofInstant(moment, zone));
    }

    /**
     * What people call a form's field: its label from the bundles; for a part of a document named by its
     * Akoma Ntoso id ({@code sec_1__para_2}), where it is in words ("Section 1, paragraph 2"); else its name in words.
     */
    public String label(String field) {
        String name = INDEXED.matcher(field).replaceAll("");
        name = name.substring(name.lastIndexOf('.') + 1);
        String label = optional("field." + name);
        if (label == null && DOCUMENT_PART.matcher(name).matches()) {
            label = documentPart(name);
        }
        return label != null ? label : CAMEL.matcher(name).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** "sec_1__para_2" in words, or null where a part's kind has no words in the bundles. */
    private @Nullable String documentPart(String eId) {
        StringBuilder words = new StringBuilder();
        for (String part : eId.split("__")) {
            int number = part.lastIndexOf('_');
            String kind = optional("field.part." + part.substring(0, number), part.substring(number + 1));
            if (kind == null) {
                return null;
            }
            words.append(words.length() == 0 ? "" : ", ").append(kind);
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * A broken rule in the reader's language: the bundle's {@code rule.<name>}, with the numbers of the English
     * sentence as its arguments, or the English sentence where the bundle has no translation of that rule.
     */
    public String rule(Violation violation) {
        if (locale.getLanguage().equals("en")) {
            return violation.message();
        }
        Matcher numbers = NUMBER.matcher(violation.message());
        Object[] args = numbers.results().map(m -> m.group()).toArray();
        String translated = optional("rule." + violation.rule(), args);
        return translated != null ? translated : violation.message();
    }
}
