package plenary.leakcheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import plenary.leakcheck.internal.Addresses;
import plenary.leakcheck.internal.AffiliationTerms;
import plenary.leakcheck.internal.Excerpts;
import plenary.leakcheck.internal.Finding;
import plenary.leakcheck.internal.FoldedText;
import plenary.leakcheck.internal.NameTerms;
import plenary.leakcheck.internal.NameWords;
import plenary.leakcheck.internal.Occurrence;
import plenary.leakcheck.internal.Overlaps;
import plenary.leakcheck.internal.Requirement;
import plenary.leakcheck.internal.Spellings;
import plenary.leakcheck.internal.Terms;
import plenary.leakcheck.internal.WordSearch;

/**
 * A leak check compiled against one set of identities (and public names), ready to check any number of
 * passages; immutable, so one screen may serve many threads.
 */
public final class LeakScreen {

    private final List<String> labels = new ArrayList<>();
    private final Terms terms = new Terms();
    private final Terms publicNames = new Terms();
    private final Addresses addresses = new Addresses();

    LeakScreen(Collection<Identity> identities, Collection<String> publicNames) {
        for (Identity identity : identities) {
            int person = labels.size();
            labels.add(identity.label());
            NameWords nameWords = new NameWords();
            new NameTerms(terms, person, identity, nameWords);
            AffiliationTerms.add(terms, person, identity.affiliations());
            addresses.add(identity.emails(), nameWords);
        }
        for (String name : publicNames) {
            for (String form : Spellings.forms(name)) {
                if (Spellings.hasCjk(form)) {
                    this.publicNames.addCharacters(FoldedText.of(form).folded(), LeakKind.FULL_NAME, -1);
                } else {
                    this.publicNames.addWords(Spellings.words(form), LeakKind.FULL_NAME, -1, Requirement.ANYHOW);
                }
            }
        }
    }

    /** The leaks of all passages, passage by passage in the order given, each in the order of the text. */
    public List<Leak> check(Collection<Passage> passages) {
        List<Leak> leaks = new ArrayList<>();
        passages.forEach(passage -> leaks.addAll(check(passage)));
        return leaks;
    }

    /** The leaks of one passage, in the order of its text. */
    public List<Leak> check(Passage passage) {
        FoldedText text = FoldedText.of(passage.text());
        List<Finding> found = new ArrayList<>();
        WordSearch.find(text, terms, found);
        List<int[]> addressSpans = addresses.find(text, found);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Finding> publicFound = new ArrayList<>();
        if (!publicNames.isEmpty()) {
            WordSearch.find(text, publicNames, publicFound);
        }
        List<int[]> publicSpans = publicFound.stream()
                .map(name -> new int[] {name.start(), name.end()})
                .toList();
        List<Leak> leaks = new ArrayList<>();
        for (Occurrence occurrence : Overlaps.resolve(found, addressSpans, publicSpans)) {
            leaks.add(leak(passage, occurrence));
        }
        return leaks;
    }

    private Leak leak(Passage passage, Occurrence occurrence) {
        String text = passage.text();
        List<String> people =
                occurrence.people().stream().map(labels::get).distinct().toList();
        return new Leak(
                passage.location(),
                text.substring(occurrence.start(), occurrence.end()),
                occurrence.kind(),
                people,
                occurrence.start(),
                occurrence.end(),
                Excerpts.around(text, occurrence.start(), occurrence.end()),
                occurrence.ambiguous());
    }
}
