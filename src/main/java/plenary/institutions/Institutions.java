package plenary.institutions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** What other modules may read of the institutions. */
public interface Institutions {

    List<InstitutionView> all();

    Optional<InstitutionView> find(InstitutionId id);

    /**
     * Each institution's version by its id, read in one statement: what tells a follower (the search index) that
     * an institution was added, changed or removed, without reading every institution with its collections.
     */
    Map<InstitutionId, Integer> versions();

    /** The institutions with these ids, by id; unknown ids are left out. */
    Map<InstitutionId, InstitutionView> find(Collection<InstitutionId> ids);

    /**
     * The short name ({@link InstitutionView#shortName()}) of each institution with these ids, by id, read in one
     * statement however many they are; unknown ids are left out.
     */
    Map<InstitutionId, String> shortNames(Collection<InstitutionId> ids);

    /**
     * The institution a text names by its name, acronym or an alias, ignoring case, surrounding spaces, a
     * leading "the" and the difference between hyphens and spaces: "the Six Party Talks", "6PT", "KEDO".
     */
    Optional<InstitutionView> named(String text);

    /**
     * The institutions that existed on that day (founded on or before it and not ended before it; proposed ones
     * and those without a founding date left out), by name, each with only the members that belonged that day.
     */
    List<InstitutionView> asOf(LocalDate day);

    /**
     * The institutions a text names anywhere in it, by name, acronym or an alias, as whole words, each once with the
     * words found, in the order the text first names them: what an editor suggests linking.
     */
    List<InstitutionNamed> namedIn(String text);

    /** What {@link #namedIn} finds, as the institutions are now, for many texts at once (a page of paragraphs). */
    Function<String, List<InstitutionNamed>> nameFinder();
}
