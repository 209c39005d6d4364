package plenary.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import plenary.PlenaryIntegrationTest;
import plenary.directory.CurrentAccount;
import plenary.studygroups.StudyGroupForm;
import plenary.studygroups.StudyGroupRecords;
import plenary.studygroups.StudyGroupStatus;

/**
 * Eight co-chairs each rewrite a paragraph of their own, all on the same revision and at the same moment: every
 * save lands, merged with the others, and the memorandum holds all eight rewrites, however the race fell out.
 */
@PlenaryIntegrationTest
class SimultaneousSavesTests {

    private static final int EDITORS = 8;

    @Autowired
    MemorandumRecords records;

    @Autowired
    Memoranda memoranda;

    @Autowired
    StudyGroupRecords groups;

    @Test
    void simultaneousSavesOfDifferentParagraphsAllLand() throws Exception {
        MemorandumView start = CurrentAccount.asSystem(this::memorandumOfEightParagraphs);
        MemorandumText base =
                CurrentAccount.asSystem(() -> records.textAt(start.id().value(), start.version()));
        ExecutorService editors = Executors.newFixedThreadPool(EDITORS);
        CyclicBarrier together = new CyclicBarrier(EDITORS);
        List<Future<MemorandumView>> saves = new ArrayList<>();
        try {
            for (int e = 0; e < EDITORS; e++) {
                String key = base.sections().get(0).paragraphs().get(e).key();
                MemorandumEdit edit =
                        MemorandumEdit.of(base.rewrite(key, "Rewritten by editor " + e + "."), start.version());
                saves.add(editors.submit(() -> {
                    together.await();
                    return CurrentAccount.asSystem(() -> records.edit(start.id().value(), edit));
                }));
            }
            for (Future<MemorandumView> save : saves) {
                save.get(); // a refused save fails the test here
            }
        } finally {
            editors.shutdownNow();
        }

        MemorandumView end =
                CurrentAccount.asSystem(() -> memoranda.find(start.id().value()));
        assertThat(end.version()).isEqualTo(start.version() + EDITORS);
        List<String> texts = new ArrayList<>();
        end.sections().get(0).paragraphs().forEach(p -> texts.add(p.text()));
        List<String> expected = new ArrayList<>();
        for (int e = 0; e < EDITORS; e++) {
            expected.add("Rewritten by editor " + e + ".");
        }
        assertThat(texts).containsExactlyElementsOf(expected);
    }

    private MemorandumView memorandumOfEightParagraphs() {
        long group = groups.create(new StudyGroupForm(
                        "Study Group on Simultaneous Drafting " + System.nanoTime(),
                        null,
                        StudyGroupStatus.PROPOSED,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        null))
                .id()
                .value();
        MemorandumView blank = records.create(new MemorandumForm(group, false, "Memorandum"));
        List<MemorandumEdit.ParagraphEdit> paragraphs = new ArrayList<>();
        for (int e = 0; e < EDITORS; e++) {
            // Sent without a key, a paragraph is new: it gets its key on saving.
            paragraphs.add(new MemorandumEdit.ParagraphEdit(null, "Paragraph " + e + ".", List.of(), List.of()));
        }
        MemorandumEdit withParagraphs = new MemorandumEdit(
                "Memorandum",
                "Preamble.",
                List.of(new MemorandumEdit.SectionEdit(null, "Section", paragraphs)),
                blank.version());
        return records.edit(blank.id().value(), withParagraphs);
    }
}
