package plenary.leakcheck.internal;

import java.util.regex.Pattern;

/** A short piece of a passage around a leak, on one line, for the editor to recognise the place. */
public final class Excerpts {

    private static final int CONTEXT = 30;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Excerpts() {}

    public static String around(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space >= end ? space : to;
        }
        from = from > 0 && Character.isLowSurrogate(text.charAt(from)) ? from - 1 : from;
        to = to < text.length() && Character.isLowSurrogate(text.charAt(to)) ? to + 1 : to;
        String excerpt =
                SPACES.matcher(text.substring(from, to)).replaceAll(" ").strip();
        return (from > 0 ? "…" : "") + excerpt + (to < text.length() ? "…" : "");
    }
}
