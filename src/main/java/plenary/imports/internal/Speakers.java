package plenary.imports.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The speaker phrases that open a sentence of the genre, after a connective such as "On the other hand,": an
 * anonymous speaker ("one participant", "a Russian participant", "a Korean expert", "the other presenter",
 * "several participants"), a named one ("Dr. Li Wei of China", "Professor Sato") or the chair ("The Chair").
 * Each phrase keeps the nationality it gives, as an adjective.
 */
final class Speakers {

    /** A speaker phrase, where it ends in its sentence, and the nationality it gives. */
    record Speaker(String phrase, @Nullable String nationality, int end, String rule) {}

    static final String CONNECTIVE = "^(?:(?:On\\s+the\\s+(?:one|other)\\s+hand|In\\s+this\\s+regard|In\\s+response"
            + "|Instead|However|Meanwhile|Similarly|Likewise|In\\s+addition|Finally|Moreover),\\s+)?";
    private static final String NOUN =
            "(?:participant|presenter|expert|speaker|discussant|panellist|panelist|commentator)s?";
    private static final Pattern ANONYMOUS = Pattern.compile(CONNECTIVE
            + "((?:[Oo]ne|[Aa]nother|[Aa]n?|[Tt]he\\s+other|[Tt]he|[Oo]ther|[Ss]everal|[Ss]ome)\\s+"
            + "(?:([A-Z][a-z]+)\\s+)?" + NOUN + ")\\s+(?=[a-z])");
    private static final Pattern NAMED = Pattern.compile(CONNECTIVE
            + "((?:(?:Dr|Mr|Ms|Mrs|Prof)\\.|Professor|Ambassador|Minister)\\s+[A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+){0,2}"
            + "(?:\\s+of\\s+(?:the\\s+)?([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?))?)\\s+(?=[a-z])");
    private static final Pattern CHAIR = Pattern.compile(CONNECTIVE + "((?:[Tt]he\\s+)?(?:Co-)?Chairs?)\\s+(?=[a-z])");
    private static final Map<String, String> ADJECTIVES = Map.ofEntries(
            Map.entry("China", "Chinese"),
            Map.entry("Japan", "Japanese"),
            Map.entry("Korea", "Korean"),
            Map.entry("Russia", "Russian"),
            Map.entry("United States", "American"),
            Map.entry("Australia", "Australian"),
            Map.entry("Canada", "Canadian"),
            Map.entry("Mongolia", "Mongolian"),
            Map.entry("Singapore", "Singaporean"),
            Map.entry("Indonesia", "Indonesian"),
            Map.entry("Viet Nam", "Vietnamese"),
            Map.entry("Vietnam", "Vietnamese"),
            Map.entry("India", "Indian"),
            Map.entry("New Zealand", "New Zealand"),
            Map.entry("Malaysia", "Malaysian"),
            Map.entry("Philippines", "Filipino"),
            Map.entry("Thailand", "Thai"));

    private Speakers() {}

    /** The speaker phrase the sentence opens with, or null where it opens with none. */
    static @Nullable Speaker opening(String sentence) {
        Matcher named = NAMED.matcher(sentence);
        if (named.find()) {
            String country = named.group(2);
            return new Speaker(
                    named.group(1), country == null ? null : ADJECTIVES.get(country), named.end(1), "named-speaker");
        }
        Matcher anonymous = ANONYMOUS.matcher(sentence);
        if (anonymous.find()) {
            String adjective = anonymous.group(2);
            boolean nationality = adjective != null && ADJECTIVES.containsValue(adjective);
            return new Speaker(
                    anonymous.group(1), nationality ? adjective : null, anonymous.end(1), "anonymous-speaker");
        }
        Matcher chair = CHAIR.matcher(sentence);
        if (chair.find()) {
            return new Speaker(chair.group(1), null, chair.end(1), "chair-speaks");
        }
        return null;
    }
}
