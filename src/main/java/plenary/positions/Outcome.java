package plenary.positions;

import java.util.List;

/**
 * What became of a proposal: its fate over all the group's memoranda (taken where any current text takes it, else
 * in brackets, else dropped, else open), in words, and each memorandum that ever cited it.
 */
public record Outcome(Fate fate, String words, List<MemorandumPlace> places) {

    public Outcome {
        places = List.copyOf(places);
    }
}
