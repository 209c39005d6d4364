package plenary.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the texts a JTE template writes itself rather than asking the bundles for: words between tags, words in the
 * attributes people read ({@code title}, {@code placeholder}, {@code aria-label}, {@code alt}), and string literals
 * in Java expressions that read as words for people (capitalised, or a sentence). Keys, class names, addresses and
 * field names are lower case without spaces, and pass.
 */
final class TemplateTexts {

    private static final Set<String> READ_ATTRIBUTES = Set.of("title", "placeholder", "aria-label", "alt", "label");
    /** Names no language translates. */
    private static final Set<String> NAMES = Set.of("Plenary", "English", "Русский", "OpenAPI", "API", "RSS");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern PEOPLE_S_WORDS = Pattern.compile("^\\p{Lu}\\p{Ll}.*|.*\\p{L} \\p{L}+[ .,:;!?].*");
    private static final Pattern ENTITY = Pattern.compile("&[a-zA-Z]+;|&#\\d+;");

    private final String template;
    private final List<String> found = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private int at;

    private TemplateTexts(String template) {
        this.template = template;
    }

    static List<String> literalTexts(String template) {
        TemplateTexts texts = new TemplateTexts(template);
        texts.markup('\0');
        texts.flush();
        return texts.found;
    }

    /** Reads markup until {@code end} (a content block's closing backtick) or the end of the template. */
    private void markup(char end) {
        while (at < template.length()) {
            char c = template.charAt(at);
            if (c == end) {
                at++;
                return;
            } else if (starts("<%--")) {
                flush();
                skipPast("--%>");
            } else if (starts("<!--")) {
                flush();
                skipPast("-->");
            } else if (atLineStart() && (starts("@import") || starts("@param"))) {
                skipPast("\n");
            } else if (starts("${") || starts("!{")) {
                at += 1;
                expression('{', '}');
            } else if (starts("$unsafe{")) {
                at += 7;
                expression('{', '}');
            } else if (c == '@' && at + 1 < template.length() && Character.isLetter(template.charAt(at + 1))) {
                directive();
            } else if (starts("<script") || starts("<style")) {
                flush();
                skipPast(starts("<script") ? "</script>" : "</style>");
            } else if (c == '<') {
                flush();
                tag();
            } else {
                run.append(c);
                at++;
            }
        }
    }

    /** {@code @if(…)}, {@code @for(…)}, {@code @template.name(…)}, {@code @else}, {@code @endif} and the like. */
    private void directive() {
        flush();
        at++;
        while (at < template.length()
                && (Character.isLetterOrDigit(template.charAt(at)) || "._-".indexOf(template.charAt(at)) >= 0)) {
            at++;
        }
        if (at < template.length() && template.charAt(at) == '(') {
            expression('(', ')');
        }
    }

    /** A Java expression from its opening bracket to the matching one: its string literals, its content blocks. */
    private void expression(char open, char close) {
        int depth = 0;
        while (at < template.length()) {
            char c = template.charAt(at);
            if (starts("@`")) {
                at += 2;
                flush();
                markup('`');
                flush();
                continue;
            }
            if (c == '"') {
                literal();
                continue;
            }
            at++;
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return;
            }
        }
    }

    private void literal() {
        int start = ++at;
        while (at < template.length() && template.charAt(at) != '"') {
            at += template.charAt(at) == '\\' ? 2 : 1;
        }
        String text = template.substring(start, Math.min(at, template.length()));
        at++;
        if (PEOPLE_S_WORDS.matcher(text).matches() && !NAMES.contains(text)) {
            found.add("\"" + text + "\"");
        }
    }

    /** A tag: the attributes people read must not hold words of their own. */
    private void tag() {
        int end = at;
        int depth = 0;
        boolean quoted = false;
        while (end < template.length()) {
            char c = template.charAt(end);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '>' && !quoted && depth <= 0) {
                break;
            }
            end++;
        }
        String tag = template.substring(at, Math.min(end + 1, template.length()));
        for (String attribute : READ_ATTRIBUTES) {
            var name = Pattern.compile("\\s" + attribute + "=\"").matcher(tag);
            while (name.find()) {
                String words = wordsOfValue(tag, name.end());
                if (hasWords(words)) {
                    found.add(attribute + "=" + words.strip());
                }
            }
        }
        // Expressions inside the tag may hold literals too.
        TemplateTexts inner = new TemplateTexts(tag.replaceAll("^<[^\\s>]*", ""));
        inner.expressionsOnly();
        found.addAll(inner.found);
        at = end + 1;
    }

    private void expressionsOnly() {
        while (at < template.length()) {
            if (starts("${") || starts("!{")) {
                at += 1;
                expression('{', '}');
            } else if (template.charAt(at) == '@'
                    && at + 1 < template.length()
                    && Character.isLetter(template.charAt(at + 1))) {
                directive();
            } else {
                at++;
            }
        }
        run.setLength(0);
    }

    /** The words of an attribute's value that start at {@code from}: its expressions and directives left out. */
    private static String wordsOfValue(String tag, int from) {
        StringBuilder words = new StringBuilder();
        int i = from;
        while (i < tag.length() && tag.charAt(i) != '"') {
            if (tag.startsWith("${", i) || tag.startsWith("@if(", i) || tag.startsWith("@elseif(", i)) {
                char open = tag.charAt(i) == '$' ? '{' : '(';
                char close = open == '{' ? '}' : ')';
                int depth = 0;
                boolean quoted = false;
                do {
                    char c = tag.charAt(i);
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (!quoted && c == open) {
                        depth++;
                    } else if (!quoted && c == close) {
                        depth--;
                    }
                    i++;
                } while (i < tag.length() && (depth > 0 || tag.charAt(i - 1) != close));
            } else if (tag.startsWith("@else", i) || tag.startsWith("@endif", i)) {
                i += tag.startsWith("@else", i) ? 5 : 6;
            } else {
                words.append(tag.charAt(i++));
            }
        }
        return words.toString();
    }

    private void flush() {
        String text = ENTITY.matcher(run).replaceAll(" ").strip().replaceAll("\\s+", " ");
        run.setLength(0);
        if (hasWords(text)) {
            found.add(text);
        }
    }

    /** Whether a text has letters once the names no language translates are left out. */
    private static boolean hasWords(String text) {
        String rest = text;
        for (String name : NAMES) {
            rest = rest.replace(name, " ");
        }
        return LETTER.matcher(rest).find();
    }

    private boolean starts(String prefix) {
        return template.startsWith(prefix, at);
    }

    private boolean atLineStart() {
        return at == 0 || template.charAt(at - 1) == '\n';
    }

    private void skipPast(String marker) {
        int next = template.indexOf(marker, at);
        at = next < 0 ? template.length() : next + marker.length();
    }
}
