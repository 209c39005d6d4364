package plenary.documents;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report as it is typeset: a title block, then numbered sections of paragraphs. Every format (HTML, PDF,
 * DOCX, Markdown, Akoma Ntoso) renders this one model, so that they never say different things.
 *
 * @param id        stable identity of the document, used in file names and Akoma Ntoso's FRBR names
 *                  (e.g. "cscap-sg-mnsg-meeting-3-report")
 * @param title     "Report of the Meeting of the CSCAP Study Group on Multilateral Security Governance in
 *                  Northeast Asia"
 * @param subtitle  "November 14 2011, Vladivostok, Russia", or null for none
 * @param date      the date the report is about (the meeting's date; for a dossier, the last meeting's; null for a
 *                  dossier without any)
 * @param author    who issues it, e.g. "CSCAP Study Group on Multilateral Security Governance in Northeast Asia"
 * @param status    the line under the title: "Draft version 3" or "Published report no. 2, 28 November 2026"
 * @param speakers  the speakers the text refers to, as roles (never persons under a non-attribution rule)
 * @param contents  sections in order; a dossier has one section per meeting with the meeting's sections inside
 */
public record Document(
        String id,
        String title,
        @Nullable String subtitle,
        @Nullable LocalDate date,
        String author,
        String status,
        List<Speaker> speakers,
        List<Section> contents) {

    /**
     * A speaker as a report refers to one: "one participant", "a Russian participant", "the other presenter".
     *
     * @param eId   identity within the document, e.g. "speaker_3" (letters, digits, '_' and '.')
     * @param label how the report names them, e.g. "A Russian participant"
     * @param role  the capacity, e.g. "participant", "presenter"
     */
    public record Speaker(String eId, String label, String role) {}

    // No comma inside quotes in this Javadoc: Spring Modulith's reader of the Javadoc index splits on it.
    /**
     * A numbered section: the summary ("1. Summary"), a session's passage, the next task ("2. Next Task"); or, in a
     * dossier, a meeting.
     *
     * @param eId         identity within the document, e.g. "sec_1" or "sec_2__sec_1"
     * @param number      the printed number ("1"), or null for none
     * @param heading     the heading ("Summary", "Session 2: Designing institutional arrangements")
     * @param paragraphs  the paragraphs in order
     * @param subsections nested sections (sessions within a meeting's section in a dossier)
     */
    public record Section(
            String eId,
            @Nullable String number,
            String heading,
            List<Paragraph> paragraphs,
            List<Section> subsections) {}

    /**
     * A paragraph: runs of text, some of which refer to a speaker, link elsewhere or carry a footnote.
     *
     * @param eId    identity within the document; it stays when the paragraphs around it come and go
     * @param number the printed number ("3.2"), derived by whoever composes the document; null for none
     */
    public record Paragraph(String eId, @Nullable String number, List<Span> spans) {

        /** An unnumbered paragraph, as a report's are. */
        public Paragraph(String eId, List<Span> spans) {
            this(eId, null, spans);
        }

        /** The paragraph's plain text. */
        public String text() {
            StringBuilder text = new StringBuilder();
            spans.forEach(s -> text.append(s.text()));
            return text.toString();
        }
    }

    /**
     * A run of text. {@code speaker} marks it as a reference to a speaker (the eId of a {@link Speaker});
     * {@code href} makes it a link (in a dossier, to another meeting's section: "#sec_2"); {@code note} makes it a
     * footnote, printed at the foot of the page (or the end of the document) and marked here by its number, in the
     * order the notes stand in the document (a memorandum's reservations are printed so); {@code alternatives}
     * makes it bracketed text, the wordings still open, each with those who support it, while its {@code text} is
     * how diplomatic drafting prints them ("[a regional energy dialogue] (CSCAP Japan) [an energy regime] (CSCAP
     * China)"), so that every format, and the leak check, read them as they are printed.
     */
    public record Span(
            String text,
            @Nullable String speaker,
            @Nullable String href,
            @Nullable String note,
            @Nullable List<Alternative> alternatives) {

        public Span(String text, @Nullable String speaker, @Nullable String href) {
            this(text, speaker, href, null, null);
        }

        public static Span text(String text) {
            return new Span(text, null, null);
        }

        /** A footnote here, with this text. */
        public static Span footnote(String note) {
            return new Span("", null, null, note, null);
        }

        public static Span speaker(String text, String speakerEId) {
            return new Span(text, speakerEId, null);
        }

        public static Span link(String text, String href) {
            return new Span(text, null, href);
        }

        /** Bracketed text: the wordings still open, in the order given, each with its supporters. */
        public static Span alternatives(List<Alternative> alternatives) {
            StringBuilder text = new StringBuilder();
            for (Alternative alternative : alternatives) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append('[').append(alternative.text()).append(']');
                if (!alternative.supporters().isEmpty()) {
                    text.append(" (")
                            .append(String.join(", ", alternative.supporters()))
                            .append(')');
                }
            }
            return new Span(text.toString(), null, null, null, List.copyOf(alternatives));
        }
    }

    /** One wording still open in bracketed text, and those who support it ("CSCAP Japan"). */
    public record Alternative(String text, List<String> supporters) {

        public Alternative {
            supporters = List.copyOf(supporters);
        }
    }
}
