package plenary.institutions;

import java.util.Collection;
import java.util.List;

/**
 * An institution that a text names by its name, acronym or an alias: which one, and the words found for it, as the
 * text writes them ("SPT", "Six-Party Talks", "the six-party process").
 */
public record InstitutionNamed(InstitutionId id, String name, String found) {

    /** Those named that are not among the ids linked already (as numbers, or as a form sends them), in order. */
    public static List<InstitutionNamed> notLinked(List<InstitutionNamed> named, Collection<?> linked) {
        return named.stream()
                .filter(n -> linked.stream().noneMatch(l -> String.valueOf(l).equals(String.valueOf(n.id().value()))))
                .toList();
    }
}
