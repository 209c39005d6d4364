package plenary.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import plenary.drafting.MemorandumText;
import plenary.drafting.MemorandumText.DraftParagraph;
import plenary.drafting.MemorandumText.DraftSection;

/** The merge of a save made on an older revision with what was saved since, part by part. */
class MergeTests {

    private static final MemorandumText BASE = new MemorandumText(
            "Memorandum",
            "The group met three times.",
            List.of(
                    new DraftSection(
                            "sec_1",
                            "Energy",
                            List.of(
                                    new DraftParagraph("para_1", "Build the pipeline."),
                                    new DraftParagraph("para_2", "Hold an energy dialogue."))),
                    new DraftSection("sec_2", "Security", List.of(new DraftParagraph("para_3", "Resume the talks.")))));

    @Test
    void changesOfDifferentPartsAreAllKept() {
        MemorandumText theirs = BASE.rewrite("para_1", "Build the pipeline soon.");
        MemorandumText yours = BASE.rewrite("para_3", "Resume the talks at once.")
                .insert("sec_2", "para_3", "para_9", "Keep the talks going.");

        Merge.Outcome outcome = Merge.of(BASE, theirs, yours);

        assertThat(outcome.conflicts()).isEmpty();
        MemorandumText merged = outcome.merged().orElseThrow();
        assertThat(texts(merged))
                .containsExactly(
                        "Build the pipeline soon.",
                        "Hold an energy dialogue.",
                        "Resume the talks at once.",
                        "Keep the talks going.");
    }

    @Test
    void bothRewritingOneParagraphIsAConflictHoldingBothTexts() {
        MemorandumText theirs = BASE.rewrite("para_2", "Their dialogue.");
        MemorandumText yours = BASE.rewrite("para_2", "Your dialogue.");

        Merge.Outcome outcome = Merge.of(BASE, theirs, yours);

        assertThat(outcome.merged()).isEmpty();
        assertThat(outcome.conflicts())
                .containsExactly(new Merge.Conflict("text", "para_2", "Your dialogue.", "Their dialogue."));
    }

    @Test
    void bothRewritingOneParagraphAlikeIsNoConflict() {
        MemorandumText both = BASE.rewrite("para_2", "The same words.");
        assertThat(Merge.of(BASE, both, both).merged()).contains(both);
    }

    @Test
    void rewritingAParagraphTheOtherDeletedIsAConflict() {
        MemorandumText theirs = BASE.delete("para_1");
        MemorandumText yours = BASE.rewrite("para_1", "Build it now.");

        assertThat(Merge.of(BASE, theirs, yours).conflicts())
                .containsExactly(new Merge.Conflict("text", "para_1", "Build it now.", ""));
        assertThat(Merge.of(BASE, yours, theirs).conflicts())
                .containsExactly(new Merge.Conflict("text", "para_1", "", "Build it now."));
    }

    @Test
    void insertionsOnBothSidesStandAfterTheParagraphsTheyFollow() {
        MemorandumText theirs = BASE.insert("sec_1", "para_1", "para_8", "Theirs after the pipeline.");
        MemorandumText yours = BASE.insert("sec_1", "para_2", "para_9", "Yours after the dialogue.");

        MemorandumText merged = Merge.of(BASE, theirs, yours).merged().orElseThrow();

        assertThat(texts(merged))
                .containsExactly(
                        "Build the pipeline.",
                        "Theirs after the pipeline.",
                        "Hold an energy dialogue.",
                        "Yours after the dialogue.",
                        "Resume the talks.");
    }

    @Test
    void aMoveBesideAnInsertionKeepsBoth() {
        MemorandumText theirs = BASE.move("para_3", "sec_1", null);
        MemorandumText yours = BASE.insert("sec_2", "para_3", "para_9", "Keep the talks going.");

        MemorandumText merged = Merge.of(BASE, theirs, yours).merged().orElseThrow();

        assertThat(merged.numbers()).containsEntry("para_3", "1.1").containsEntry("para_9", "2.1");
    }

    @Test
    void twoDifferentReorderingsConflictOverTheOrder() {
        MemorandumText theirs = BASE.move("para_3", "sec_1", null);
        MemorandumText yours = BASE.move("para_1", "sec_2", "para_3");

        Merge.Outcome outcome = Merge.of(BASE, theirs, yours);

        assertThat(outcome.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("sections");
            assertThat(c.yours()).contains("2.2 Build the pipeline.");
            assertThat(c.theirs()).contains("1.1 Resume the talks.");
        });
    }

    @Test
    void theTitleAndPreambleMergeLikeParagraphs() {
        MemorandumText theirs = new MemorandumText("Their title", BASE.preamble(), BASE.sections());
        MemorandumText yours = new MemorandumText(BASE.title(), "Your preamble.", BASE.sections());

        MemorandumText merged = Merge.of(BASE, theirs, yours).merged().orElseThrow();

        assertThat(merged.title()).isEqualTo("Their title");
        assertThat(merged.preamble()).isEqualTo("Your preamble.");
    }

    private static List<String> texts(MemorandumText text) {
        return text.sections().stream()
                .flatMap(s -> s.paragraphs().stream())
                .map(DraftParagraph::text)
                .toList();
    }
}
