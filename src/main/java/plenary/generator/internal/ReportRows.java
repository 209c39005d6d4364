package plenary.generator.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import plenary.documents.Document;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;
import tools.jackson.databind.ObjectMapper;

/**
 * A meeting's report, published as the reports module publishes one: a first version, and its publication
 * numbered across the instance, a month after the meeting. Its paragraphs name speakers by role and nationality,
 * as a report may under every attribution rule: none names a person.
 */
final class ReportRows {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final int PARAGRAPHS_A_SESSION = 6;

    private final Tables tables;
    private final ObjectMapper json;

    ReportRows(Tables tables, ObjectMapper json) {
        this.tables = tables;
        this.json = json;
        tables.declare("report", "id", "meeting_id", "state", "latest_version", "published_number", "version");
        tables.declare("report_version", "id", "report_id", "number", "document", "saved_by", "saved_at", "note");
        tables.declare(
                "report_publication",
                "id",
                "report_id",
                "published_number",
                "version_number",
                "published_on",
                "published_at",
                "published_by",
                "title",
                "subtitle",
                "document");
    }

    /** The report of a meeting: published, or left a draft (the series' last meeting, still being written). */
    void report(String groupTitle, String slug, MeetingRows.Written meeting, String rapporteur, boolean publish) {
        long id = tables.id("report");
        Integer number = publish ? tables.publishedNumber() : null;
        tables.add("report", id, meeting.id(), publish ? "PUBLISHED" : "DRAFT", 1, number, publish ? 1 : 0);
        OffsetDateTime saved = meeting.endsOn().plusDays(10).atTime(9, 0).atOffset(ZoneOffset.UTC);
        tables.add(
                "report_version",
                tables.id("report_version"),
                id,
                1,
                json.writeValueAsString(document(groupTitle, slug, meeting, "Draft version 1")),
                rapporteur,
                saved,
                "First draft");
        if (number != null) {
            LocalDate on = meeting.endsOn().plusDays(30);
            Document published =
                    document(groupTitle, slug, meeting, "Published report no. " + number + ", " + DATE.format(on));
            tables.add(
                    "report_publication",
                    tables.id("report_publication"),
                    id,
                    number,
                    1,
                    on,
                    on.atTime(15, 0).atOffset(ZoneOffset.UTC),
                    rapporteur,
                    published.title(),
                    published.subtitle(),
                    json.writeValueAsString(published));
        }
    }

    static Document document(String groupTitle, String slug, MeetingRows.Written meeting, String status) {
        Map<String, Document.Speaker> speakers = new LinkedHashMap<>();
        List<Section> sessions = new ArrayList<>();
        for (int s = 1; s <= meeting.themes().size(); s++) {
            String eId = "sec_1__sess_" + s;
            List<Paragraph> paragraphs = new ArrayList<>();
            for (MeetingRows.Said said : meeting.said()) {
                if (said.session() != s || paragraphs.size() == PARAGRAPHS_A_SESSION) {
                    continue;
                }
                Document.Speaker speaker = speakers.computeIfAbsent(
                        said.speaker(),
                        label -> new Document.Speaker(
                                "speaker_" + (speakers.size() + 1),
                                label,
                                label.endsWith("presenter") ? "presenter" : "participant"));
                paragraphs.add(new Paragraph(
                        eId + "__para_" + (paragraphs.size() + 1),
                        List.of(Span.speaker(said.speaker(), speaker.eId()), Span.text(" " + said.summary()))));
            }
            sessions.add(new Section(
                    eId, null, "Session " + s + ": " + meeting.themes().get(s - 1), paragraphs, List.of()));
        }
        String place = meeting.city();
        Paragraph summary = new Paragraph(
                "sec_1__para_1",
                List.of(Span.text("The " + ordinal(meeting.ordinal())
                        + " meeting of the study group was held in " + place + " on " + DATE.format(meeting.startsOn())
                        + ". It discussed "
                        + String.join("; ", meeting.themes()).toLowerCase(Locale.ROOT) + ".")));
        List<Paragraph> tasks = new ArrayList<>();
        for (String task : meeting.tasks()) {
            tasks.add(new Paragraph("sec_2__para_" + (tasks.size() + 1), List.of(Span.text(task + "."))));
        }
        return new Document(
                slug + "-meeting-" + meeting.ordinal() + "-report",
                "Report of the Meeting of the " + groupTitle,
                DATE.format(meeting.startsOn()) + ", " + place,
                meeting.startsOn(),
                groupTitle,
                status,
                List.copyOf(speakers.values()),
                List.of(
                        new Section("sec_1", "1", "Summary", List.of(summary), sessions),
                        new Section("sec_2", "2", "Next Tasks", tasks, List.of())));
    }

    private static String ordinal(int n) {
        String[] words = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"
        };
        return n <= words.length ? words[n - 1] : n + "th";
    }
}
