package plenary.documents;

import static plenary.documents.Document.Span.link;
import static plenary.documents.Document.Span.speaker;
import static plenary.documents.Document.Span.text;

import java.time.LocalDate;
import java.util.List;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;
import plenary.documents.Document.Speaker;

/** Report documents for the typesetting tests: one shaped like the seed's Vladivostok report, and small ones. */
final class SeedReport {

    static final String TITLE =
            "Report of the Meeting of the CSCAP Study Group on Multilateral Security Governance" + " in Northeast Asia";
    static final String SUBTITLE = "November 14 2011, Vladivostok, Russia";
    static final String AUTHOR = "CSCAP Study Group on Multilateral Security Governance in Northeast Asia";
    static final String STATUS = "Draft version 3";

    static final List<Speaker> SPEAKERS = List.of(
            new Speaker("speaker_1", "One participant", "participant"),
            new Speaker("speaker_2", "The other presenter", "presenter"),
            new Speaker("speaker_3", "A Russian participant", "participant"),
            new Speaker("speaker_4", "One participant", "participant"));

    private SeedReport() {}

    /** The seed's report: a summary with its three sessions, then the next task; speakers as roles; one link. */
    static Document vladivostok() {
        Section session1 = section(
                "sec_1__sec_1",
                "1.1",
                "Session 1: Multilateral institutions and processes",
                paragraph(
                        "sec_1__sec_1__para_1",
                        text("The first session reviewed a variety of multilateral "
                                + "institutions and processes such as the Six Party Talks, the Four Party Talks and the "
                                + "Trilateral Summit between China, Korea and Japan.")),
                paragraph(
                        "sec_1__sec_1__para_2",
                        speaker("One participant", "speaker_1"),
                        text(" reviewed the "
                                + "strategies of both Koreas under the framework of the US-China \u201cad hoc concert\u201d "
                                + "on regional issues, especially those on the Korean affairs.")),
                paragraph(
                        "sec_1__sec_1__para_3",
                        text("As for the Six Party Talks, there were competing " + "assessments. "),
                        speaker("The other presenter", "speaker_2"),
                        text(" questioned the "
                                + "utility of the Six Party Talks and proposed to modify its modality.")));
        Section session2 = section(
                "sec_1__sec_2",
                "1.2",
                "Session 2: Designing institutional arrangements",
                paragraph(
                        "sec_1__sec_2__para_1",
                        speaker("A Russian participant", "speaker_3"),
                        text(" gave a "
                                + "detailed briefing on the Russian proposal on the construction of the gas pipe line "
                                + "passing through the Korean Peninsula.")),
                paragraph(
                        "sec_1__sec_2__para_2",
                        speaker("One participant", "speaker_4"),
                        text(" presented a "
                                + "paper on possible multilateral regime building on energy, elaborating arguments presented"
                                + " at "),
                        link("the second meeting of the Study Group", "#sec_2"),
                        text(" in May.")));
        Section session3 = section(
                "sec_1__sec_3",
                "1.3",
                "Session 3: New ideas for institutional coordination",
                paragraph(
                        "sec_1__sec_3__para_1",
                        text(
                                "The participants discussed multilateral institution "
                                        + "building from an evolving regional architecture in East Asia and the Asia-Pacific.")));
        Section summary = new Section(
                "sec_1",
                "1",
                "Summary",
                List.of(
                        paragraph(
                                "sec_1__para_1",
                                text("The third and final meeting of the CSCAP Study Group on "
                                        + "Multilateral Security Governance in Northeast Asia was held in Vladivostok, Russia, on "
                                        + "November 14 2011. More than 20 experts from 9 member committees and other regions "
                                        + "participated in the meeting.")),
                        paragraph("sec_1__para_2", text("The meeting was divided into three sessions."))),
                List.of(session1, session2, session3));
        Section nextTask = section(
                "sec_2",
                "2",
                "Next Task",
                paragraph(
                        "sec_2__para_1",
                        text("The next and final task of the Study Group is to produce a CSCAP "
                                + "Memorandum to be presented to the CSCAP Steering Committee.")),
                paragraph(
                        "sec_2__para_2",
                        text("For this, the Co-Chairs of the Study Group would start the "
                                + "drafting process soon.")));
        return new Document(
                "cscap-sg-mnsg-meeting-3-report",
                TITLE,
                SUBTITLE,
                LocalDate.of(2011, 11, 14),
                AUTHOR,
                STATUS,
                SPEAKERS,
                List.of(summary, nextTask));
    }

    /** A one-section report whose only paragraph is the given spans. */
    static Document small(Span... spans) {
        return new Document(
                "small-report",
                "A small report",
                "1 March 2012, Seoul",
                LocalDate.of(2012, 3, 1),
                "A study group",
                "Draft version 1",
                SPEAKERS.subList(0, 1),
                List.of(section("sec_1", "1", "Summary", paragraph("sec_1__para_1", spans))));
    }

    /** The words of every heading and paragraph, in order, as a reader sees them. */
    static List<String> texts(Document doc) {
        List<String> texts = new java.util.ArrayList<>();
        collect(doc.contents(), texts);
        return texts;
    }

    private static void collect(List<Section> sections, List<String> texts) {
        for (Section section : sections) {
            texts.add(ReportText.title(section));
            section.paragraphs().forEach(p -> texts.add(p.text()));
            collect(section.subsections(), texts);
        }
    }

    static Section section(String eId, String number, String heading, Paragraph... paragraphs) {
        return new Section(eId, number, heading, List.of(paragraphs), List.of());
    }

    static Paragraph paragraph(String eId, Span... spans) {
        return new Paragraph(eId, List.of(spans));
    }
}
