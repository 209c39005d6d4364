package plenary.meetings;

/** Ordinal numbers in words, as a report names a meeting in its series: "the third and final meeting". */
final class Ordinals {

    private static final String[] WORDS = {
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

    private Ordinals() {}

    static String of(int n) {
        if (n >= 1 && n <= WORDS.length) {
            return WORDS[n - 1];
        }
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    static String meeting(int ordinal, boolean last) {
        return "the " + of(ordinal) + (last ? " and final" : "") + " meeting";
    }
}
