package plenary.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import plenary.institutions.InstitutionId;
import plenary.kernel.InvalidRecord;

/**
 * What the memorandum's page changes, one part at a time: a paragraph moved a place up or down crosses into the
 * next section at either end; a new paragraph or section waits for its key; a rule broken names the page's field.
 */
class PageChangesTests {

    private final MemorandumText text = MemorandumText.of("Memorandum", "The group met.", headings())
            .insert("sec_security", null, "p_six", "Resume the Six Party Talks.")
            .insert("sec_security", "p_six", "p_hotline", "Open a hotline.")
            .insert("sec_energy", null, "p_dialogue", "Hold an energy dialogue.");

    private static Map<String, String> headings() {
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("sec_security", "Security");
        headings.put("sec_energy", "Energy");
        return headings;
    }

    @Test
    void aParagraphMovesAPlaceWithinItsSectionAndAcrossIntoTheNextAtEitherEnd() {
        assertThat(PageChanges.up(text, "p_hotline").numbers())
                .containsExactly(
                        Map.entry("p_hotline", "1.1"), Map.entry("p_six", "1.2"), Map.entry("p_dialogue", "2.1"));
        assertThat(PageChanges.down(text, "p_hotline").numbers())
                .containsExactly(
                        Map.entry("p_six", "1.1"), Map.entry("p_hotline", "2.1"), Map.entry("p_dialogue", "2.2"));
        assertThat(PageChanges.up(text, "p_dialogue").numbers())
                .containsExactly(
                        Map.entry("p_six", "1.1"), Map.entry("p_hotline", "1.2"), Map.entry("p_dialogue", "1.3"));
        assertThat(PageChanges.up(text, "p_six")).isEqualTo(text);
        assertThat(PageChanges.down(text, "p_dialogue")).isEqualTo(text);
    }

    @Test
    void aParagraphMovedToAnotherSectionGoesToItsEnd() {
        assertThat(PageChanges.toSection(text, "p_six", "sec_energy").numbers())
                .containsExactly(
                        Map.entry("p_hotline", "1.1"), Map.entry("p_dialogue", "2.1"), Map.entry("p_six", "2.2"));
        assertThat(PageChanges.toSection(text, "p_hotline", "sec_security").numbers())
                .containsExactly(
                        Map.entry("p_six", "1.1"), Map.entry("p_hotline", "1.2"), Map.entry("p_dialogue", "2.1"));
    }

    @Test
    void aParagraphTakesNewWordsAndCitationsWhereItStands() {
        MemorandumText changed = PageChanges.paragraph(
                text, "p_hotline", " Open a military hotline. ", List.of(7L), List.of(new InstitutionId(3)));

        assertThat(changed.paragraph("p_hotline"))
                .contains(new MemorandumText.DraftParagraph(
                        "p_hotline", "Open a military hotline.", List.of(7L), List.of(new InstitutionId(3))));
        assertThat(changed.numbers()).isEqualTo(text.numbers());
    }

    @Test
    void aNewParagraphOrSectionHasNoKeyUntilItIsSaved() {
        MemorandumText added =
                PageChanges.added(text, "sec_security", "p_six", "Meet every year.", List.of(), List.of());
        assertThat(added.sections().get(0).paragraphs())
                .extracting(MemorandumText.DraftParagraph::key)
                .containsExactly("p_six", "", "p_hotline");
        MemorandumText sectioned = PageChanges.sectionAdded(text, " Maritime security ");
        assertThat(sectioned.sections().get(2))
                .isEqualTo(new MemorandumText.DraftSection("", "Maritime security", List.of()));
    }

    @Test
    void aBrokenRuleNamesTheFieldOfThePagesForm() {
        assertThatThrownBy(() -> PageChanges.paragraph(text, "p_six", " ", List.of(), List.of()))
                .isInstanceOfSatisfying(
                        InvalidRecord.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("text"));
        assertThatThrownBy(() -> PageChanges.heading(text, "sec_energy", ""))
                .isInstanceOfSatisfying(
                        InvalidRecord.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("heading"));
        assertThatThrownBy(() -> PageChanges.toSection(text, "p_six", "sec_nowhere"))
                .isInstanceOfSatisfying(
                        InvalidRecord.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("sectionKey"));
        assertThatThrownBy(() -> PageChanges.front(text, "Memorandum", ""))
                .isInstanceOfSatisfying(
                        InvalidRecord.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("preamble"));
        assertThatThrownBy(() -> PageChanges.down(text, "p_gone"))
                .isInstanceOfSatisfying(
                        InvalidRecord.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("key"));
    }
}
