package plenary.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import plenary.documents.Document;
import plenary.kernel.InvalidRecord;

/** A memorandum's paragraphs keep their keys while their numbers follow where they stand. */
class MemorandumTextTests {

    private final MemorandumText empty = MemorandumText.of(
            "Memorandum on Multilateral Security Governance in Northeast Asia",
            "The Study Group met three times, in Seoul, Beijing and Vladivostok.",
            sections());

    private static Map<String, String> sections() {
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("sec_security", "Security");
        headings.put("sec_energy", "Energy");
        return headings;
    }

    @Test
    void numbersFollowWhereTheParagraphsStand() {
        MemorandumText text = empty.insert("sec_security", null, "p_six", "Resume the Six Party Talks.")
                .insert("sec_energy", null, "p_dialogue", "Hold a regional energy dialogue.")
                .insert("sec_energy", "p_dialogue", "p_pipeline", "Study a gas pipeline.")
                .insert("sec_energy", null, "p_safety", "Create a nuclear safety mechanism.");

        assertThat(text.numbers())
                .containsExactly(
                        Map.entry("p_six", "1.1"),
                        Map.entry("p_safety", "2.1"),
                        Map.entry("p_dialogue", "2.2"),
                        Map.entry("p_pipeline", "2.3"));
    }

    @Test
    void aMovedParagraphKeepsItsKeyAndItsWordsAndTheOthersCloseUp() {
        MemorandumText text = empty.insert("sec_security", null, "p_six", "Resume the Six Party Talks.")
                .insert("sec_energy", null, "p_dialogue", "Hold a regional energy dialogue.")
                .insert("sec_energy", "p_dialogue", "p_pipeline", "Study a gas pipeline.")
                .move("p_dialogue", "sec_security", "p_six");

        assertThat(text.numbers())
                .containsExactly(
                        Map.entry("p_six", "1.1"), Map.entry("p_dialogue", "1.2"), Map.entry("p_pipeline", "2.1"));
        assertThat(text.paragraph("p_dialogue"))
                .get()
                .extracting(MemorandumText.DraftParagraph::text)
                .isEqualTo("Hold a regional energy dialogue.");
        assertThat(text.delete("p_six").numbers())
                .containsExactly(Map.entry("p_dialogue", "1.1"), Map.entry("p_pipeline", "2.1"));
    }

    @Test
    void refusalsNameTheFieldAndChangeNothing() {
        MemorandumText text = empty.insert("sec_security", null, "p_six", "Resume the Six Party Talks.");

        assertThatThrownBy(() -> text.insert("sec_security", null, "p_blank", "  "))
                .isInstanceOfSatisfying(
                        InvalidRecord.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("text"));
        assertThatThrownBy(() -> text.move("p_six", "sec_security", "p_six"))
                .isInstanceOfSatisfying(
                        InvalidRecord.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("not-itself"));
        assertThatThrownBy(() -> text.move("p_six", "sec_trade", null))
                .isInstanceOfSatisfying(
                        InvalidRecord.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("sectionKey"));
        assertThatThrownBy(() -> text.insert("sec_energy", null, "p_six", "Again."))
                .isInstanceOfSatisfying(
                        InvalidRecord.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("unique"));
        assertThat(text.numbers()).containsExactly(Map.entry("p_six", "1.1"));
    }

    @Test
    void aMemorandumBegunBlankIsPrintedWithoutAPreamble() {
        MemorandumText blank = MemorandumText.of("Memorandum", " ", Map.of("sec_1", "Energy"))
                .insert("sec_1", null, "para_1", "Build the pipeline.");

        Document document = blank.document("memorandum", LocalDate.of(2012, 5, 1), "CSCAP", "Draft");

        assertThat(document.contents()).extracting(Document.Section::eId).containsExactly("sec_1");
    }

    @Test
    void asADocumentEachParagraphCarriesItsKeyAndNumber() {
        Document document = empty.insert("sec_energy", null, "p_dialogue", "Hold a regional energy dialogue.")
                .document("memorandum", LocalDate.of(2012, 5, 1), "CSCAP", "Draft");

        assertThat(document.contents())
                .extracting(Document.Section::heading)
                .containsExactly("Preamble", "Security", "Energy");
        Document.Paragraph paragraph = document.contents().get(2).paragraphs().get(0);
        assertThat(paragraph.eId()).isEqualTo("p_dialogue");
        assertThat(paragraph.number()).isEqualTo("2.1");
        assertThat(paragraph.text()).isEqualTo("Hold a regional energy dialogue.");
    }
}
