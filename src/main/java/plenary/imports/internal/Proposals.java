package plenary.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import plenary.imports.ImportedRecord.Excerpt;
import plenary.imports.ImportedRecord.Position;
import plenary.imports.ImportedRecord.Proposal;
import plenary.imports.internal.Turns.Turn;
import plenary.meetings.InterventionKind;
import plenary.meetings.PositionStance;

/**
 * The proposals of a session and the positions taken on them. A proposal is the sentence of a proposing
 * intervention that puts it forward, with the sentences after it in the intervention that say what should be done
 * ("He argued that the Six Party Talks should expand its agenda"); its words are what follows the proposing verb
 * ("to link the pipeline issue and …"). A position is a sentence later in that intervention, or in one of the two
 * interventions that follow it before another proposal, that supports ("was supported by", "favoured the
 * proposal", "In this regard"), opposes ("opposed", "should not be", "expressed reservations") or qualifies it
 * ("supported the idea but", "was sceptical", "should be open to", "embedded in").
 */
final class Proposals {

    private static final Pattern PROPOSING = Pattern.compile(
            "(?:\\bproposed(?:\\s+that)?|put\\s+forward\\s+(?:a|the)\\s+proposal(?:\\s+that)?|there\\s+was\\s+a\\s+proposal"
                    + "|it\\s+was\\s+proposed(?:\\s+that)?|\\bshould\\s+(?:more\\s+)?(?:seriously\\s+)?consider)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHOULD = Pattern.compile("\\bshould\\s+(?!not\\b)");
    private static final Pattern QUALIFIES = Pattern.compile(
            "\\b(?:supported|welcomed|favou?red)\\s+the\\s+(?:proposal|idea)\\s+but\\b|\\bwas\\s+(?:sceptical|skeptical)"
                    + "|\\bshould\\s+be\\s+open\\s+to\\b|\\bembedded\\s+in\\b|\\bin\\s+principle\\b.*\\bbut\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUPPORTS = Pattern.compile(
            "\\b(?:supported|welcomed|favou?red|endorsed)\\s+the\\s+(?:proposal|idea)\\b|\\b(?:was|were)\\s+supported\\s+by"
                    + "|^In\\s+this\\s+regard,",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPPOSES = Pattern.compile(
            "\\bopposed\\b|\\bshould\\s+not\\s+be\\b|\\bexpressed\\s+reservations\\b|\\brejected\\b",
            Pattern.CASE_INSENSITIVE);

    private Proposals() {}

    /**
     * The proposals among the turns; {@code first} is the number of the first turn among all of the report's
     * interventions.
     */
    static List<Proposal> of(List<Turn> turns, List<InterventionKind> kinds, int first) {
        List<Proposal> proposals = new ArrayList<>();
        for (int t = 0; t < turns.size(); t++) {
            if (kinds.get(t) != InterventionKind.PROPOSAL) {
                continue;
            }
            Turn turn = turns.get(t);
            int at = proposingSentence(turn);
            int last = at;
            while (last + 1 < turn.sentences().size()
                    && SHOULD.matcher(turn.sentences().get(last + 1).text()).find()) {
                last++;
            }
            Passage sentence = turn.sentences().get(at);
            Passage through = turn.sentences().get(last);
            String words = words(sentence.text());
            for (int s = at + 1; s <= last; s++) {
                words += ". "
                        + turn.sentences().get(s).text().replaceAll("\\s+", " ").replaceAll("[.\\s]+$", "");
            }
            List<Position> positions = new ArrayList<>();
            for (int s = last + 1; s < turn.sentences().size(); s++) {
                position(turn.sentences().get(s), first + t, positions);
            }
            for (int u = t + 1; u < Math.min(turns.size(), t + 3); u++) {
                if (kinds.get(u) == InterventionKind.PROPOSAL) {
                    break;
                }
                for (Passage later : turns.get(u).sentences()) {
                    if (position(later, first + u, positions)) {
                        break;
                    }
                }
            }
            proposals.add(new Proposal(
                    first + t, words, positions, new Excerpt(sentence.start(), through.end()), "proposes"));
        }
        return proposals;
    }

    private static int proposingSentence(Turn turn) {
        for (int s = 0; s < turn.sentences().size(); s++) {
            if (PROPOSING.matcher(turn.sentences().get(s).text()).find()) {
                return s;
            }
        }
        return 0;
    }

    private static boolean position(Passage sentence, int intervention, List<Position> positions) {
        PositionStance stance = stance(sentence.text());
        if (stance == null || positions.stream().anyMatch(p -> p.intervention() == intervention)) {
            return false;
        }
        positions.add(new Position(
                intervention,
                stance,
                sentence.excerpt(),
                "position-" + stance.name().toLowerCase()));
        return true;
    }

    private static @Nullable PositionStance stance(String sentence) {
        if (QUALIFIES.matcher(sentence).find()) {
            return PositionStance.QUALIFIES;
        }
        if (OPPOSES.matcher(sentence).find()) {
            return PositionStance.OPPOSES;
        }
        if (SUPPORTS.matcher(sentence).find()) {
            return PositionStance.SUPPORTS;
        }
        return null;
    }

    /** What the sentence proposes: the words after its proposing verb, or the whole sentence. */
    private static String words(String sentence) {
        Matcher m = PROPOSING.matcher(sentence);
        String text = m.find() && m.end() < sentence.length() ? sentence.substring(m.end()) : sentence;
        return text.replaceAll("\\s+", " ").replaceAll("[.\\s]+$", "").strip();
    }
}
