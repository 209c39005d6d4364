package plenary.reports.internal;

import java.time.LocalDate;
import java.util.List;
import plenary.documents.Document;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;
import plenary.documents.Document.Speaker;

/** A small report of the seed's shape for the unit tests: a summary with one session inside, and a next task. */
final class Documents {

    private Documents() {}

    static Document small() {
        Section session = new Section(
                "sec_1__sess_2",
                "1.2",
                "Session 2: Designing institutional arrangements",
                List.of(
                        new Paragraph(
                                "sec_1__sess_2__para_1",
                                List.of(
                                        Span.speaker("One participant", "speaker_1"),
                                        Span.text(" briefed the meeting on the pipeline project."))),
                        new Paragraph("sec_1__sess_2__para_2", List.of(Span.text("Some concerns were expressed.")))),
                List.of());
        Section summary = new Section(
                "sec_1",
                "1",
                "Summary",
                List.of(new Paragraph(
                        "sec_1__para_1", List.of(Span.text("The third and final meeting was held in Vladivostok.")))),
                List.of(session));
        Section next = new Section(
                "sec_2",
                "2",
                "Next Task",
                List.of(new Paragraph("sec_2__para_1", List.of(Span.text("The Co-Chairs will draft the memorandum.")))),
                List.of());
        return new Document(
                "study-group-1-meeting-3-report",
                "Report of the Meeting",
                "14 November 2011, Vladivostok",
                LocalDate.of(2011, 11, 14),
                "A study group",
                "Draft version 1",
                List.of(new Speaker("speaker_1", "One participant", "participant")),
                List.of(summary, next));
    }
}
