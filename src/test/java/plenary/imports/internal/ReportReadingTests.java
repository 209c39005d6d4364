package plenary.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import plenary.imports.ImportedRecord;
import plenary.meetings.InterventionKind;

class ReportReadingTests {

    private final ReportReading reading = new ReportReading(DemoRegister.register());

    @Test
    void aReportWithNoRecognisableStructureIsOneSessionHoldingTheWholeText() {
        String text = "notes from tuesday\n\nwe talked about trade for a while and then went home\n";

        ImportedRecord record = reading.read(text);

        assertThat(record.sessions()).singleElement().satisfies(s -> {
            assertThat(s.excerpt().in(text)).isEqualTo(text.strip());
            assertThat(s.rule()).isEqualTo("whole-text");
        });
        assertThat(record.interventions()).hasSize(2);
    }

    @Test
    void aSpeakerPhraseKeepsTheNationalityItGivesAndNoName() {
        String text = "Session 1: Energy\n\nA Korean expert argued that the pipeline could contribute to peace."
                + " The other presenter was sceptical of the KEDO record.\n";

        ImportedRecord record = reading.read(text);

        assertThat(record.interventions())
                .extracting(
                        ImportedRecord.Intervention::speaker,
                        ImportedRecord.Intervention::nationality,
                        ImportedRecord.Intervention::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A Korean expert", "Korean", InterventionKind.ARGUMENT),
                        org.assertj.core.groups.Tuple.tuple("The other presenter", null, InterventionKind.ASSESSMENT));
        assertThat(record.interventions().get(1).institutions())
                .extracting(ImportedRecord.Institution::name)
                .containsExactly("Korean Peninsula Energy Development Organization");
    }

    @Test
    void everyItemsExcerptIsTheTextItCameFrom() {
        String text = "Session One: Trade\n\n1. There was a proposal to conclude the Northeast Asia FTA.\n\n"
                + "Next Steps\n\nThe Co-Chairs will circulate a draft by 30 June 2013.\n";

        ImportedRecord record = reading.read(text);

        assertThat(record.proposals().get(0).excerpt().in(text))
                .isEqualTo("There was a proposal to conclude the Northeast Asia FTA.");
        assertThat(record.nextTasks().get(0).excerpt().in(text))
                .isEqualTo("The Co-Chairs will circulate a draft by 30 June 2013.");
        assertThat(record.nextTasks().get(0).dueOn()).isEqualTo(java.time.LocalDate.of(2013, 6, 30));
        assertThat(record.nextTasks().get(0).owner()).isEqualTo("The Co-Chairs");
    }
}
