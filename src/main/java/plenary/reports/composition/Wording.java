package plenary.reports.composition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/** The small pieces of a rapporteur's English: numbers and ordinals in words, dates, sentence case. */
final class Wording {

    private static final String[] NUMBERS = {
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"
    };
    private static final String[] ORDINALS = {
        "zeroth",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth"
    };
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);
    // Words that open a sentence but not a name: lower-cased when a connective goes before them.
    private static final Set<String> OPENERS = Set.of(
            "a",
            "an",
            "the",
            "there",
            "some",
            "different",
            "given",
            "it",
            "this",
            "these",
            "those",
            "on",
            "in",
            "one",
            "another",
            "several",
            "many",
            "most",
            "all",
            "other",
            "such",
            "while",
            "although",
            "as",
            "concerns",
            "views",
            "opinions",
            "participants");

    private Wording() {}

    static String number(int n) {
        return n >= 0 && n < NUMBERS.length ? NUMBERS[n] : Integer.toString(n);
    }

    static String ordinal(int n) {
        return n > 0 && n < ORDINALS.length ? ORDINALS[n] : n + ordinalSuffix(n);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String month(LocalDate date) {
        return MONTH.format(date);
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The sentence as it reads after a connective such as "Instead": its opener lower-cased, names kept. */
    static String afterConnective(String sentence) {
        int space = sentence.indexOf(' ');
        String first = space < 0 ? sentence : sentence.substring(0, space);
        return OPENERS.contains(first.toLowerCase(Locale.ROOT))
                ? Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1)
                : sentence;
    }

    /** Ends the text with a full stop unless it ends with one already (or another final mark). */
    static String sentence(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '”' && trimmed.endsWith(".”")
                ? trimmed
                : trimmed + ".";
    }

    /** Whether the text reads as a whole sentence (it starts with a capital) rather than a predicate. */
    static boolean isWholeSentence(String summary) {
        return !summary.isEmpty() && Character.isUpperCase(summary.strip().charAt(0));
    }

    private static String ordinalSuffix(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
