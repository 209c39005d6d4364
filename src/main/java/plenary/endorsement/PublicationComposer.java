package plenary.endorsement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import plenary.documents.Document;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;
import plenary.drafting.MemorandumText;

/**
 * Composes a published memorandum: the endorsed version's text under its number and date, each reservation a
 * footnote ("CSCAP-Japan endorses with a reservation: …") at the end of the paragraph it bears on, and a closing
 * section that says which committees endorsed (reservations on no paragraph as footnotes there), objected,
 * abstained or did not answer.
 */
final class PublicationComposer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** A committee's answer as the publication prints it. */
    record Printed(
            String committee,
            @Nullable Answer answer,
            @Nullable String reservation,
            @Nullable String key) {}

    private PublicationComposer() {}

    static Document compose(
            long memorandumId,
            MemorandumText text,
            String studyGroupTitle,
            int number,
            LocalDate publishedOn,
            List<Printed> committees) {
        Document version = text.document(
                "memorandum-" + memorandumId,
                publishedOn,
                studyGroupTitle,
                "Memorandum no. " + number + ", " + publishedOn.format(DATE));
        List<Section> contents = new ArrayList<>();
        for (Section section : version.contents()) {
            contents.add(new Section(
                    section.eId(),
                    section.number(),
                    section.heading(),
                    section.paragraphs().stream()
                            .map(p -> annotated(p, committees))
                            .toList(),
                    section.subsections()));
        }
        contents.add(endorsement(committees));
        return new Document(
                version.id(),
                version.title(),
                version.subtitle(),
                version.date(),
                version.author(),
                version.status(),
                version.speakers(),
                contents);
    }

    private static Paragraph annotated(Paragraph paragraph, List<Printed> committees) {
        List<Span> spans = new ArrayList<>(paragraph.spans());
        committees.stream()
                .filter(c -> c.reservation() != null && paragraph.eId().equals(c.key()))
                .forEach(c -> spans.add(Span.footnote(footnote(c))));
        return new Paragraph(paragraph.eId(), paragraph.number(), spans);
    }

    private static Section endorsement(List<Printed> committees) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Printed> endorsing = committees.stream()
                .filter(c -> c.answer() != null && c.answer().endorses())
                .toList();
        if (!endorsing.isEmpty()) {
            List<Span> spans = new ArrayList<>();
            spans.add(Span.text("Endorsed by "));
            for (int i = 0; i < endorsing.size(); i++) {
                Printed c = endorsing.get(i);
                if (i > 0) {
                    spans.add(Span.text(i == endorsing.size() - 1 ? " and " : ", "));
                }
                spans.add(Span.text(c.committee()));
                if (c.reservation() != null && c.key() == null) {
                    spans.add(Span.footnote(footnote(c)));
                }
            }
            spans.add(Span.text("."));
            paragraphs.add(new Paragraph("endorsement__para_1", spans));
        }
        line(paragraphs, "Objected: ", committees, Answer.OBJECTS);
        line(paragraphs, "Abstained: ", committees, Answer.ABSTAINS);
        line(paragraphs, "Did not answer: ", committees, null);
        return new Section("endorsement", null, "Endorsement", paragraphs, List.of());
    }

    private static void line(List<Paragraph> into, String label, List<Printed> committees, @Nullable Answer answer) {
        List<String> names = committees.stream()
                .filter(c -> c.answer() == answer)
                .map(Printed::committee)
                .toList();
        if (!names.isEmpty()) {
            into.add(new Paragraph(
                    "endorsement__para_" + (into.size() + 1),
                    List.of(Span.text(label + String.join(", ", names) + "."))));
        }
    }

    private static String footnote(Printed committee) {
        return committee.committee() + " endorses with a reservation: " + committee.reservation();
    }
}
