package plenary.reports.composition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import plenary.PlenaryIntegrationTest;
import plenary.documents.Document;
import plenary.documents.Document.Span;
import plenary.documents.DocumentFormat;
import plenary.documents.Typesetter;
import plenary.meetings.Meetings;
import plenary.reports.DemoReports;
import plenary.reports.composition.DossierComposer.Published;
import plenary.studygroups.StudyGroupId;

/** The dossier of the demo study group, compiled from the reports of its second and third meetings. */
@PlenaryIntegrationTest
class DossierComposerTests {

    @Autowired
    DemoReports demo;

    @Autowired
    Meetings meetings;

    @Autowired
    Typesetter typesetter;

    @Test
    void theDossierListsTheMeetingsInOrderAndLinksTheThirdToTheSecond() {
        Document dossier = dossier();

        assertThat(dossier.contents().get(0).heading()).isEqualTo("Contents");
        assertThat(dossier.contents().get(0).paragraphs())
                .extracting(p -> p.spans().get(0).href())
                .containsExactly("#mtg_2", "#mtg_3");
        assertThat(dossier.contents()).extracting(Document.Section::eId).containsExactly("contents", "mtg_2", "mtg_3");
        List<Span> links = spans(dossier.contents().get(2)).stream()
                .filter(s -> s.href() != null)
                .toList();
        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.text()).isEqualTo("second meeting");
            assertThat(link.href()).isEqualTo("#mtg_2");
        });
    }

    @Test
    void speakersOfDifferentMeetingsStayApartAndEveryFormatTypesetsTheDossier() throws Exception {
        Document dossier = dossier();
        assertThat(dossier.speakers())
                .extracting(Document.Speaker::eId)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("mtg_"));

        byte[] akn = typesetter.render(dossier, DocumentFormat.AKN);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/akn/akomantoso30.xsd"))
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(akn)));
        String html = typesetter.html(dossier);
        assertThat(html).contains("href=\"#mtg_2\"").contains("id=\"mtg_3\"");
        assertThat(new String(typesetter.render(dossier, DocumentFormat.MD), StandardCharsets.UTF_8))
                .contains("Reports of the Meetings of the CSCAP Study Group");
        assertThat(typesetter.render(dossier, DocumentFormat.PDF)).isNotEmpty();
        assertThat(typesetter.render(dossier, DocumentFormat.DOCX)).isNotEmpty();
    }

    private Document dossier() {
        long third = demo.vladivostokId();
        long group = demo.vladivostokContext().meeting().studyGroupId().value();
        long second = meetings.ofStudyGroup(new StudyGroupId(group)).get(1).id().value();
        return DossierComposer.compile(
                group,
                DemoReports.STUDY_GROUP,
                List.of(
                        new Published(2, ReportComposer.compose(demo.context(second), "Published report no. 1")),
                        new Published(3, ReportComposer.compose(demo.context(third), "Published report no. 2"))));
    }

    private static List<Span> spans(Document.Section section) {
        List<Span> all = new java.util.ArrayList<>();
        section.paragraphs().forEach(p -> all.addAll(p.spans()));
        section.subsections().forEach(s -> all.addAll(spans(s)));
        return all;
    }
}
