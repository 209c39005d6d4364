package plenary.reports.composition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The small pieces of a rapporteur's English: numbers and ordinals in words, dates, sentence case. */
final class Wording {

    private static final String[] NUMBERS = {
        "no",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen"
    };
    private static final String[] TENS = {
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
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
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth"
    };
    private static final String[] TENTHS = {
        "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"
    };
    private static final String[] ROMAN = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    // A figure at the start of a sentence: "26 experts", "1,200 experts"; not "2011-12" or "3.5".
    private static final Pattern OPENING_FIGURE = Pattern.compile("^(\\d{1,3}(?:,\\d{3})?|\\d{1,4})(?=[ \\u00a0])");
    // A pronoun the record keeper wrote as the subject of a summary: "He argued", "she argued".
    private static final Pattern OWN_SUBJECT = Pattern.compile("^(?:he|she|they|He|She|They)\\s+(?=\\p{Ll})");
    // The verbs a summary starts with where the record keeper wrote what the speaker did.
    private static final Set<String> REPORTING_VERBS = Set.of(
            "added",
            "agreed",
            "argued",
            "asked",
            "cautioned",
            "concurred",
            "disagreed",
            "emphasised",
            "emphasized",
            "endorsed",
            "explained",
            "expressed",
            "highlighted",
            "insisted",
            "noted",
            "objected",
            "observed",
            "opposed",
            "pointed",
            "presented",
            "proposed",
            "questioned",
            "recalled",
            "replied",
            "responded",
            "reviewed",
            "stressed",
            "suggested",
            "supported",
            "underlined",
            "urged",
            "warned",
            "welcomed");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
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

    private static final String FINAL_MARKS = ".!?。！？．…";

    private Wording() {}

    /** The number in words up to 9999 ("twenty-six", "one hundred and twenty"); larger ones in figures. */
    static String number(int n) {
        if (n < 0 || n > 9999) {
            return Integer.toString(n);
        }
        if (n < NUMBERS.length) {
            return NUMBERS[n];
        }
        if (n < 100) {
            return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + NUMBERS[n % 10]);
        }
        if (n < 1000) {
            return NUMBERS[n / 100] + " hundred" + (n % 100 == 0 ? "" : " and " + number(n % 100));
        }
        int rest = n % 1000;
        return NUMBERS[n / 1000] + " thousand"
                + (rest == 0 ? "" : rest < 100 ? " and " + number(rest) : " " + number(rest));
    }

    /** The ordinal in words up to ninety-ninth ("thirteenth", "twenty-first"); larger ones as "113th". */
    static String ordinal(int n) {
        if (n > 0 && n < ORDINALS.length) {
            return ORDINALS[n];
        }
        if (n >= 20 && n < 100) {
            return n % 10 == 0 ? TENTHS[n / 10] : TENS[n / 10] + "-" + ORDINALS[n % 10];
        }
        return n + ordinalSuffix(n);
    }

    /** The number in Roman numerals ("XIV"), for session headings in that house style. */
    static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        StringBuilder roman = new StringBuilder();
        int rest = n;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                roman.append(ROMAN[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return roman.toString();
    }

    /** A sentence that opened with a figure opens with it in words: "26 experts" becomes "Twenty-six experts". */
    static String withoutOpeningFigure(String sentence) {
        Matcher figure = OPENING_FIGURE.matcher(sentence);
        if (!figure.find()) {
            return sentence;
        }
        int n = Integer.parseInt(figure.group(1).replace(",", ""));
        return capitalise(number(n)) + sentence.substring(figure.end());
    }

    /** The days of a meeting: "14 November 2011", "3 and 4 June 2014", "30 June and 1 July 2014", "3 to 5 June". */
    static String days(LocalDate first, @Nullable LocalDate last) {
        if (last == null || !last.isAfter(first)) {
            return date(first);
        }
        String joint = last.equals(first.plusDays(1)) ? " and " : " to ";
        String prefix = joint.equals(" to ") ? "from " : "";
        if (first.getYear() != last.getYear()) {
            return prefix + date(first) + joint + date(last);
        }
        if (first.getMonth() != last.getMonth()) {
            return prefix + DAY_MONTH.format(first) + joint + date(last);
        }
        return prefix + first.getDayOfMonth() + joint + date(last);
    }

    /** The days of a meeting as a heading gives them: "14 November 2011", "3–4 June 2014". */
    static String span(LocalDate first, @Nullable LocalDate last) {
        if (last == null || !last.isAfter(first)) {
            return date(first);
        }
        if (first.getYear() != last.getYear()) {
            return date(first) + " – " + date(last);
        }
        if (first.getMonth() != last.getMonth()) {
            return DAY_MONTH.format(first) + " – " + date(last);
        }
        return first.getDayOfMonth() + "–" + date(last);
    }

    /**
     * A summary that carries its own subject, reduced to what the speaker did: "He argued that …" and "she argued
     * …" become "argued …", "Agreed." becomes "agreed.", so that the report says who, with the right pronoun.
     */
    static String predicate(String summary) {
        String stripped = OWN_SUBJECT.matcher(summary.strip()).replaceFirst("");
        if (stripped.isEmpty()) {
            return summary.strip();
        }
        String first = firstWord(stripped);
        return REPORTING_VERBS.contains(first.toLowerCase(Locale.ROOT)) && Character.isUpperCase(stripped.charAt(0))
                ? Character.toLowerCase(stripped.charAt(0)) + stripped.substring(1)
                : stripped;
    }

    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
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
        // A sentence in Chinese or Japanese ends with its own full stop: "。." would print both.
        return FINAL_MARKS.indexOf(last) >= 0
                        || last == '”'
                                && trimmed.length() > 1
                                && FINAL_MARKS.indexOf(trimmed.charAt(trimmed.length() - 2)) >= 0
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
