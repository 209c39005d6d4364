package plenary.kernel;

/**
 * What a phrase needs to say a count in a language whose words for it follow the count's last digits, such as
 * Russian (1 комитет, 2 комитета, 5 комитетов, 11 комитетов, 21 комитет): the bundle chooses by a second argument,
 * the count's form, since MessageFormat's choice compares whole numbers only.
 */
public final class Plural {

    private Plural() {}

    /** The count's last digit, or 5 for 11 to 14 (by the last two digits), which take the words of 5 to 9 and 0. */
    public static int form(long count) {
        long lastTwo = Math.abs(count) % 100;
        return lastTwo >= 11 && lastTwo <= 14 ? 5 : (int) (lastTwo % 10);
    }
}
