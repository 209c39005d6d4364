package plenary.search.internal;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/** Public entries of one meeting (Vladivostok 2011, study group 1), written into an index as the tests need them. */
final class VladivostokEntries {

    private VladivostokEntries() {}

    /** The {@code i}-th entry of a kind, with its text and link. */
    static Entry entry(String kind, int i, String text, String link) {
        return new Entry(
                kind + ":" + i,
                Entries.meetingOwner(1),
                kind,
                "Session 1",
                text,
                null,
                Set.of(),
                false,
                link,
                new Entry.Facet("1", "Study group"),
                new Entry.Facet("1", "Vladivostok 2011"),
                2011,
                List.of());
    }

    /** The entries written as the meeting's and committed: the index as a search sees it. */
    static SearchIndex written(SearchIndex index, List<Entry> entries) {
        index.replace(Entries.meetingOwner(1), entries);
        index.commit(1, Collections.emptySortedSet());
        return index;
    }
}
