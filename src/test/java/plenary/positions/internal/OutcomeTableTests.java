package plenary.positions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import plenary.drafting.MemorandumId;
import plenary.positions.Fate;
import plenary.positions.MemorandumPlace;
import plenary.positions.Outcome;
import plenary.positions.internal.OutcomeTable.Cited;
import plenary.positions.internal.OutcomeTable.Drafted;

/** What became of a proposal, read from a memorandum's current text, its versions and its brackets. */
class OutcomeTableTests {

    static final long SAFETY = 11;
    static final long PIPELINE = 12;
    static final long FTA = 13;
    static final long MODALITY = 14;
    static final long PACKAGED = 15;

    /** Version 1 cites the pipeline and the FTA, version 2 only the FTA; the working text safety and modality. */
    final Drafted memorandum = new Drafted(
            new MemorandumId(7),
            "Memorandum on Northeast Asia",
            List.of(
                    new Cited("para_1", "1.1", List.of(SAFETY)),
                    new Cited("para_2", "1.2", List.of()),
                    new Cited("para_3", "2.1", List.of(MODALITY))),
            Map.of(1, Set.of(PIPELINE, FTA), 2, Set.of(FTA, SAFETY)),
            Set.of("para_3"));

    final OutcomeTable table = new OutcomeTable(List.of(memorandum));

    @Test
    void aProposalTheCurrentTextCitesIsTakenIntoItsParagraph() {
        Outcome outcome = table.of(SAFETY);
        assertThat(outcome.fate()).isEqualTo(Fate.TAKEN);
        assertThat(outcome.words())
                .isEqualTo("Taken into paragraph 1.1 of “Memorandum on Northeast Asia” (as in version 2).");
        MemorandumPlace place = outcome.places().get(0);
        assertThat(place.paragraph()).isEqualTo("1.1");
        assertThat(place.version()).isEqualTo(2);
        assertThat(place.droppedIn()).isNull();
    }

    @Test
    void aProposalDroppedByALaterVersionSaysWhichOne() {
        Outcome outcome = table.of(PIPELINE);
        assertThat(outcome.fate()).isEqualTo(Fate.DROPPED);
        assertThat(outcome.words())
                .isEqualTo("Dropped from “Memorandum on Northeast Asia” by version 2 (cited up to version 1).");
        assertThat(outcome.places().get(0).version()).isEqualTo(1);
        assertThat(outcome.places().get(0).droppedIn()).isEqualTo(2);
    }

    @Test
    void aProposalTheWorkingTextDroppedSinceTheLastVersionIsDroppedThere() {
        Outcome outcome = table.of(FTA);
        assertThat(outcome.fate()).isEqualTo(Fate.DROPPED);
        assertThat(outcome.words())
                .isEqualTo("Dropped from “Memorandum on Northeast Asia” in the working text after version 2.");
        assertThat(outcome.places().get(0).droppedIn()).isNull();
    }

    @Test
    void aParagraphKeptOpenInBracketsLeavesItsProposalOpen() {
        Outcome outcome = table.of(MODALITY);
        assertThat(outcome.fate()).isEqualTo(Fate.IN_BRACKETS);
        assertThat(outcome.words())
                .isEqualTo("Open: in paragraph 2.1 of “Memorandum on Northeast Asia” (in the working text, in no "
                        + "version yet), kept open in brackets.");
    }

    @Test
    void aProposalNoMemorandumEverCitedIsOpen() {
        Outcome outcome = table.of(PACKAGED);
        assertThat(outcome.fate()).isEqualTo(Fate.OPEN);
        assertThat(outcome.words()).isEqualTo("Open: not taken up in any memorandum.");
        assertThat(outcome.places()).isEmpty();
        assertThat(new OutcomeTable(List.of()).of(SAFETY).fate()).isEqualTo(Fate.OPEN);
    }

    @Test
    void aProposalOpenInTheMemorandaTheReaderMayReadSaysOthersAreHidden() {
        Outcome outcome = new OutcomeTable(List.of(memorandum), 1).of(PACKAGED);
        assertThat(outcome.fate()).isEqualTo(Fate.OPEN);
        assertThat(outcome.words())
                .isEqualTo("Open as far as the memoranda you may read show; 1 other is not visible to you.");
        assertThat(new OutcomeTable(List.of(memorandum), 1).of(SAFETY).fate()).isEqualTo(Fate.TAKEN);
    }

    @Test
    void takenInOneMemorandumOutweighsDroppedInAnother() {
        Drafted other =
                new Drafted(new MemorandumId(8), "Second memorandum", List.of(), Map.of(1, Set.of(SAFETY)), Set.of());
        Outcome outcome = new OutcomeTable(List.of(other, memorandum)).of(SAFETY);
        assertThat(outcome.fate()).isEqualTo(Fate.TAKEN);
        assertThat(outcome.places()).extracting(MemorandumPlace::fate).containsExactly(Fate.DROPPED, Fate.TAKEN);
    }
}
