package plenary.institutions.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionNamed;
import plenary.institutions.InstitutionView;

/**
 * Finds the institutions a text names: every name, acronym and alias compiled into one pattern that matches whole
 * words, ignoring case, taking a hyphen or dash for a space and a leading "the" as optional, and trying the longest
 * names first, so that "the Six Party Talks" is found as such and not as a shorter name inside it.
 */
final class NameMatcher {

    private static final String WORD = "[\\p{L}\\p{N}]";
    private static final String GAP = "[\\s\\-\u2010-\u2015]+";

    private final Map<String, Names> byKey;
    private final Pattern pattern;

    private NameMatcher(Map<String, Names> byKey, Pattern pattern) {
        this.byKey = byKey;
        this.pattern = pattern;
    }

    /** An institution and every name it goes by: its name, acronym (where it has one) and aliases. */
    record Names(InstitutionId id, String name, List<@Nullable String> all) {

        static Names of(InstitutionView institution) {
            List<@Nullable String> all = new ArrayList<>();
            all.add(institution.name());
            all.add(institution.acronym());
            all.addAll(institution.aliases());
            return new Names(institution.id(), institution.name(), all);
        }
    }

    /** A matcher of the names of these institutions. */
    static NameMatcher of(Collection<Names> institutions) {
        Map<String, Names> byKey = new HashMap<>();
        for (Names institution : institutions) {
            institution.all().stream()
                    .map(NameKey::of)
                    .filter(Objects::nonNull)
                    .forEach(key -> byKey.putIfAbsent(key, institution));
        }
        String alternatives = byKey.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(key -> Stream.of(key.split(" ")).map(Pattern::quote).collect(Collectors.joining(GAP)))
                .collect(Collectors.joining("|"));
        String regex = byKey.isEmpty()
                ? "(?!)"
                : "(?<!" + WORD + ")(?:the" + GAP + ")?(?:" + alternatives + ")(?!" + WORD + ")";
        return new NameMatcher(
                Map.copyOf(byKey), Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** The institutions the text names, each once, in the order the text first names them. */
    List<InstitutionNamed> in(String text) {
        Map<InstitutionId, InstitutionNamed> found = new LinkedHashMap<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            Names institution = byKey.get(NameKey.of(matcher.group()));
            if (institution != null) {
                found.putIfAbsent(
                        institution.id(), new InstitutionNamed(institution.id(), institution.name(), matcher.group()));
            }
        }
        return new ArrayList<>(found.values());
    }
}
