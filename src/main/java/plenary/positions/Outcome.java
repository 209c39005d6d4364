package plenary.positions;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What became of a proposal: its fate over all the group's memoranda (taken where any current text takes it, else
 * in brackets, else dropped, else open), in words, each memorandum that ever cited it, and how many memoranda the
 * reader may not see.
 */
public record Outcome(Fate fate, String words, List<MemorandumPlace> places, int hidden) {

    public Outcome {
        places = List.copyOf(places);
    }

    /** The place that decides the fate (the one taken, else in brackets, else dropped), or null where none cites it. */
    public @Nullable MemorandumPlace deciding() {
        return places.stream().min(Comparator.comparing(MemorandumPlace::fate)).orElse(null);
    }
}
