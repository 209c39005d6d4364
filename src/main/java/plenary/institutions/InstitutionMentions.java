package plenary.institutions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Everything that refers to an institution, gathered from the modules that implement {@link MentionSource}, each
 * deciding what the one signed in may see: by kind, then the latest first.
 */
@Component
class InstitutionMentions {

    private static final Comparator<Mention> ORDER = Comparator.comparing(Mention::kind)
            .thenComparing(Mention::date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(Mention::source)
            .thenComparing(Mention::link);

    private final ObjectProvider<MentionSource> sources;

    InstitutionMentions(ObjectProvider<MentionSource> sources) {
        this.sources = sources;
    }

    List<Mention> of(InstitutionId id) {
        return sources.orderedStream()
                .flatMap(s -> s.mentionsOf(id).stream())
                .sorted(ORDER)
                .toList();
    }

    /** The mentions under their kind's heading, in the order of the kinds; a kind without any is left out. */
    Map<MentionKind, List<Mention>> byKind(InstitutionId id) {
        Map<MentionKind, List<Mention>> byKind = new LinkedHashMap<>();
        of(id).forEach(m ->
                byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m));
        return byKind;
    }
}
