package plenary.positions.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import plenary.drafting.MemorandumId;
import plenary.positions.Fate;
import plenary.positions.MemorandumPlace;
import plenary.positions.Outcome;

/**
 * What became of each proposal in a study group's memoranda, from their current texts, their frozen versions and
 * the paragraphs kept open in brackets. In plain Java, so that the rules read and test without a database.
 */
public final class OutcomeTable {

    private final List<Drafted> memoranda;
    private final int hidden;

    /**
     * @param memoranda the group's memoranda the reader may read
     * @param hidden how many more the group has that the reader may not read
     */
    public OutcomeTable(List<Drafted> memoranda, int hidden) {
        this.memoranda = List.copyOf(memoranda);
        this.hidden = hidden;
    }

    public OutcomeTable(List<Drafted> memoranda) {
        this(memoranda, 0);
    }

    /**
     * A memorandum as the outcomes need it.
     *
     * @param current the paragraphs of the current (working) text, in reading order
     * @param versions the proposals each frozen version cites, by version number
     * @param bracketed the keys of the paragraphs with an amendment kept open in brackets
     */
    public record Drafted(
            MemorandumId id,
            String title,
            List<Cited> current,
            Map<Integer, Set<Long>> versions,
            Set<String> bracketed) {}

    /** A paragraph of the current text: its key, its number ("3.2") and the proposals it cites. */
    public record Cited(String key, String number, List<Long> proposalIds) {}

    public Outcome of(long proposalId) {
        List<MemorandumPlace> places = new ArrayList<>();
        for (Drafted m : memoranda) {
            MemorandumPlace place = place(m, proposalId);
            if (place != null) {
                places.add(place);
            }
        }
        if (places.isEmpty()) {
            return new Outcome(
                    Fate.OPEN,
                    hidden == 0
                            ? "Open: not taken up in any memorandum."
                            : "Open as far as the memoranda you may read show; " + hidden
                                    + (hidden == 1 ? " other is" : " others are") + " not visible to you.",
                    places,
                    hidden);
        }
        MemorandumPlace first =
                places.stream().min(Comparator.comparing(MemorandumPlace::fate)).orElseThrow();
        String words = switch (first.fate()) {
            case TAKEN -> "Taken into " + first.words() + ".";
            case IN_BRACKETS -> "Open: in " + first.words() + ", kept open in brackets.";
            case DROPPED -> "Dropped from " + first.words() + ".";
            case OPEN -> "Open.";
        };
        return new Outcome(first.fate(), words, places, hidden);
    }

    private static @Nullable MemorandumPlace place(Drafted m, long proposalId) {
        Integer lastCiting = m.versions().entrySet().stream()
                .filter(v -> v.getValue().contains(proposalId))
                .map(Map.Entry::getKey)
                .max(Integer::compare)
                .orElse(null);
        for (Cited p : m.current()) {
            if (p.proposalIds().contains(proposalId)) {
                Fate fate = m.bracketed().contains(p.key()) ? Fate.IN_BRACKETS : Fate.TAKEN;
                String as =
                        lastCiting == null ? "in the working text, in no version yet" : "as in version " + lastCiting;
                String words = "paragraph " + p.number() + " of “" + m.title() + "” (" + as + ")";
                return new MemorandumPlace(m.id(), m.title(), fate, p.number(), lastCiting, null, words);
            }
        }
        if (lastCiting == null) {
            return null;
        }
        Integer droppedIn = m.versions().keySet().stream()
                .filter(n -> n > lastCiting)
                .min(Integer::compare)
                .orElse(null);
        String words = "“" + m.title() + "” "
                + (droppedIn == null
                        ? "in the working text after version " + lastCiting
                        : "by version " + droppedIn + " (cited up to version " + lastCiting + ")");
        return new MemorandumPlace(m.id(), m.title(), Fate.DROPPED, null, lastCiting, droppedIn, words);
    }
}
