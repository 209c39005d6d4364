package plenary.imports.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Numbers as reports write them: "20", "twenty-five", "third", "Session One", "II". */
final class Numbers {

    static final String WORDS_PATTERN = "\\d{1,4}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine"
            + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    static final String ORDINALS_PATTERN =
            "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth";

    private static final List<String> UNITS = List.of(
            "zero",
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
            "nineteen");
    private static final List<String> TENS =
            List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final List<String> ORDINALS = List.of(ORDINALS_PATTERN.split("\\|"));
    private static final List<String> MONTHS = List.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");

    private Numbers() {}

    /** A cardinal in figures or words ("twenty-five"), or a Roman numeral; null where it is none. */
    static @Nullable Integer cardinal(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("\\d{1,4}")) {
            return Integer.parseInt(t);
        }
        if (t.matches("[ivxlc]+")) {
            return roman(t);
        }
        String[] parts = t.split("-");
        int tens = TENS.indexOf(parts[0]);
        if (tens >= 2) {
            return tens * 10 + (parts.length > 1 ? Math.max(0, UNITS.indexOf(parts[1])) : 0);
        }
        int unit = UNITS.indexOf(t);
        if (unit >= 0) {
            return unit;
        }
        return ordinal(t);
    }

    /** An ordinal in words ("third"), or null. */
    static @Nullable Integer ordinal(String text) {
        int i = ORDINALS.indexOf(text.strip().toLowerCase(Locale.ROOT));
        return i < 0 ? null : i + 1;
    }

    /** A month's number from its English name, or 0. */
    static int month(String name) {
        return MONTHS.indexOf(name.toLowerCase(Locale.ROOT)) + 1;
    }

    private static @Nullable Integer roman(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int value = switch (numeral.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> 100;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total == 0 ? null : total;
    }
}
