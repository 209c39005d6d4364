package plenary.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import plenary.documents.DocumentFormat;
import plenary.meetings.AttributionRule;
import tools.jackson.databind.JsonNode;

/**
 * A report from its draft to its publication: written from the record, edited (every version kept, a redline
 * between them), reviewed by the participants with a suggestion taken, published with a number and a date, and
 * read by anyone without signing in, in all five formats.
 */
class ReportWorkflowTests extends ReportTests {

    static final String EDITED = "One participant assessed the Six Party Talks as a forum worth reviving soon.";
    static final String SUGGESTED =
            "One participant assessed the Six Party Talks as the only forum where all six sit together.";
    static final String REVIEWED = "The participants reviewed this report before its publication.";

    @Test
    void aReportIsDraftedEditedReviewedPublishedAndReadByAnyone() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        JsonNode drafted = draft(meeting);
        assertThat(drafted.get("state").asString()).isEqualTo("DRAFT");
        assertThat(drafted.get("latestVersion").asInt()).isEqualTo(1);
        String eId = sessionParagraph(version(meeting, 1));
        String original = paragraph(version(meeting, 1), eId);

        JsonNode edited = edit(meeting, 1, eId, EDITED, world.rapporteur.basic());
        assertThat(edited.get("latestVersion").asInt()).isEqualTo(2);
        assertThat(paragraph(version(meeting, 1), eId)).isEqualTo(original);
        assertThat(paragraph(version(meeting, 2), eId)).isEqualTo(EDITED);
        JsonNode versions = http.expect(200, http.get(report(meeting) + "/versions", world.coChair.basic()));
        assertThat(versions.findValuesAsString("note"))
                .containsExactly("Written from the meeting's record", "A test's edit");

        JsonNode redline =
                http.expect(200, http.get(report(meeting) + "/redline?from=1&to=2", world.participant.basic()));
        assertThat(redline.get("changes")).hasSize(1);
        JsonNode change = redline.get("changes").get(0);
        assertThat(change.get("eId").asString()).isEqualTo(eId);
        assertThat(change.get("kind").asString()).isEqualTo("CHANGED");
        assertThat(change.get("location").asString()).isEqualTo("Session 1, paragraph 1");
        assertThat(change.get("html").asString()).contains("<ins>").contains("reviving soon");
        assertThat(change.get("pieces").findValuesAsString("op")).contains("SAME", "INSERTED");

        JsonNode inReview = http.expect(
                200,
                http.post(
                        report(meeting) + "/review",
                        world.coChair.basic(),
                        review(2, Instant.now().plus(Duration.ofDays(7)))));
        assertThat(inReview.get("state").asString()).isEqualTo("IN_REVIEW");
        assertThat(inReview.get("review").get("open").asBoolean()).isTrue();
        JsonNode suggestion = http.expect(
                201,
                http.post(
                        report(meeting) + "/suggestions",
                        world.participant.basic(),
                        http.write(
                                Map.of("paragraph", eId, "text", SUGGESTED, "rationale", "That is what was said."))));
        assertThat(suggestion.get("state").asString()).isEqualTo("OPEN");
        assertThat(suggestion.get("location").asString()).isEqualTo("Session 1, paragraph 1");
        JsonNode taken = http.expect(
                200,
                http.post(
                        report(meeting) + "/suggestions/" + suggestion.get("id").asLong() + "/take",
                        world.rapporteur.basic(),
                        ""));
        assertThat(taken.get("latestVersion").asInt()).isEqualTo(3);
        assertThat(taken.get("suggestions").get(0).get("state").asString()).isEqualTo("TAKEN");
        assertThat(taken.get("suggestions").get(0).get("takenIn").asInt()).isEqualTo(3);
        assertThat(paragraph(version(meeting, 3), eId)).isEqualTo(SUGGESTED);

        JsonNode published = publish(meeting, 3, world.coChair.basic());
        assertThat(published.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("published").get("version").asInt()).isEqualTo(3);
        int number = published.get("published").get("number").asInt();
        assertThat(number).isPositive();
        assertThat(published.get("review").get("open").asBoolean()).isFalse();

        String status = "Published report no. " + number;
        for (DocumentFormat format : DocumentFormat.values()) {
            MockHttpServletResponse file =
                    http.get(report(meeting) + "?format=" + format.name().toLowerCase(), null);
            assertThat(file.getStatus()).as(format.name()).isEqualTo(200);
            assertThat(file.getContentType()).as(format.name()).isEqualTo(format.mediaType());
            assertThat(file.getHeader("Content-Disposition"))
                    .as(format.name())
                    .startsWith(format == DocumentFormat.HTML ? "inline" : "attachment")
                    .contains("filename=\"study-group-" + world.groupId + "-meeting-");
            assertThat(file.getHeader("Content-Disposition")).endsWith("-report." + format.extension() + "\"");
            assertThat(text(format, file.getContentAsByteArray()))
                    .as(format.name())
                    .contains(status)
                    .contains(REVIEWED)
                    .contains(SUGGESTED)
                    .doesNotContain(EDITED);
        }
    }

    @Test
    void anEditAfterPublicationWaitsToBePublishedAgainWhileThePublicReadsTheLastPublication() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        draft(meeting);
        String eId = sessionParagraph(version(meeting, 1));
        String original = paragraph(version(meeting, 1), eId);
        int number = publish(meeting, 1, world.rapporteur.basic())
                .get("published")
                .get("number")
                .asInt();

        JsonNode edited = edit(meeting, 1, eId, EDITED, world.rapporteur.basic());
        assertThat(edited.get("state").asString()).isEqualTo("DRAFT");
        assertThat(edited.get("published").get("version").asInt()).isEqualTo(1);
        String forThePublic = http.get(report(meeting) + "?format=md", null).getContentAsString();
        assertThat(forThePublic).contains(original).doesNotContain(EDITED).doesNotContain(REVIEWED);
        String forTheRapporteur = http.get(report(meeting) + "?format=md", world.rapporteur.basic())
                .getContentAsString();
        assertThat(forTheRapporteur).contains(EDITED).contains("Draft version 2");
        assertThat(http.get(report(meeting) + "?format=md&version=published", world.rapporteur.basic())
                        .getContentAsString())
                .contains(original)
                .contains("Published report no. " + number);

        JsonNode again = publish(meeting, 2, world.coChair.basic());
        assertThat(again.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(again.get("published").get("number").asInt()).isEqualTo(number);
        assertThat(again.get("published").get("version").asInt()).isEqualTo(2);
        assertThat(http.get(report(meeting) + "?format=md", null).getContentAsString())
                .contains(EDITED);
        assertThat(http.get(report(meeting) + "?format=md&version=1", null).getContentAsString())
                .contains(original);
    }

    @Test
    void eachPublishedReportHasANumberOfItsOwnInTheOrganisationsSeries() throws Exception {
        long first = world.meeting(AttributionRule.NONE);
        long second = world.meeting(AttributionRule.BY_NATIONALITY);
        draft(first);
        draft(second);
        int a = publish(first, 1, world.coChair.basic())
                .get("published")
                .get("number")
                .asInt();
        int b = publish(second, 1, world.coChair.basic())
                .get("published")
                .get("number")
                .asInt();
        assertThat(b).isGreaterThan(a);
        JsonNode list = http.expect(200, http.get(report(second) + "/state", world.coChair.basic()));
        assertThat(list.get("published").get("publishedOn").asString()).isNotBlank();
    }

    @Test
    void writingTheDraftAgainFromTheRecordMakesANewVersion() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        draft(meeting);
        String eId = sessionParagraph(version(meeting, 1));
        String original = paragraph(version(meeting, 1), eId);
        edit(meeting, 1, eId, EDITED, world.rapporteur.basic());
        JsonNode again = http.expect(
                201,
                http.post(
                        report(meeting) + "/draft",
                        world.coChair.basic(),
                        "{\"version\":2,\"note\":\"The record was corrected\"}"));
        assertThat(again.get("latestVersion").asInt()).isEqualTo(3);
        assertThat(paragraph(version(meeting, 3), eId)).isEqualTo(original);
        assertThat(version(meeting, 3).get("note").asString()).isEqualTo("The record was corrected");
    }

    static String paragraph(JsonNode version, String eId) {
        for (JsonNode paragraph : version.get("document").findValues("paragraphs")) {
            for (JsonNode p : paragraph) {
                if (p.get("eId").asString().equals(eId)) {
                    StringBuilder text = new StringBuilder();
                    p.get("spans").forEach(s -> text.append(s.get("text").asString()));
                    return text.toString();
                }
            }
        }
        throw new AssertionError("no paragraph " + eId);
    }

    /** The text a reader of the file sees, with runs of white space as one space. */
    static String text(DocumentFormat format, byte[] file) throws Exception {
        String text = switch (format) {
            case PDF -> {
                try (PDDocument pdf = Loader.loadPDF(file)) {
                    yield new PDFTextStripper().getText(pdf);
                }
            }
            case DOCX -> {
                try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(file))) {
                    List<String> paragraphs = new ArrayList<>();
                    for (XWPFParagraph p : docx.getParagraphs()) {
                        paragraphs.add(p.getText());
                    }
                    yield String.join("\n", paragraphs);
                }
            }
            default -> new String(file, StandardCharsets.UTF_8);
        };
        return text.replaceAll("\\s+", " ");
    }
}
