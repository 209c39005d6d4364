package plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static plenary.documents.AknFiles.attributes;
import static plenary.documents.AknFiles.parse;
import static plenary.documents.AknFiles.validate;
import static plenary.documents.AknFiles.value;
import static plenary.documents.Document.Span.link;
import static plenary.documents.Document.Span.speaker;
import static plenary.documents.Document.Span.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

class AknReportTests {

    private final Typesetter typesetter = new Typesetter();

    @Test
    void seedReportIsValidAkomaNtoso() throws Exception {
        validate(typesetter.render(SeedReport.vladivostok(), DocumentFormat.AKN));
    }

    @Test
    void reportWithoutSubtitleStatusOrAuthorIsValidToo() throws Exception {
        Document small = SeedReport.small(
                text("Fish & <chips> "),
                link("here", "https://example.org/?a=1&b=2"),
                speaker(" one participant", "speaker_1"),
                speaker(" someone unknown", "speaker_99"));
        validate(typesetter.render(
                new Document(
                        small.id(), small.title(), null, small.date(), null, null, small.speakers(), small.contents()),
                DocumentFormat.AKN));
    }

    @Test
    void speakersWithRepeatedIdsOrWithoutACapacityStayValid() throws Exception {
        Document small = SeedReport.small(speaker("One participant", "sec_1"), text(" and "), speaker("another", "x"));
        List<Document.Speaker> speakers = List.of(
                new Document.Speaker("sec_1", "One participant", "—"),
                new Document.Speaker("x", "Another participant", null),
                new Document.Speaker("x", "Another participant", "participant"));
        byte[] xml = typesetter.render(
                new Document(
                        small.id(),
                        small.title(),
                        small.subtitle(),
                        small.date(),
                        small.author(),
                        small.status(),
                        speakers,
                        small.contents()),
                DocumentFormat.AKN);

        validate(xml);
        org.w3c.dom.Document akn = parse(xml);
        assertThat(attributes(akn, "//akn:TLCPerson", "eId")).containsExactly("speaker_1", "x");
        assertThat(attributes(akn, "//akn:TLCRole", "eId")).isEmpty();
        assertThat(attributes(akn, "//akn:person", "refersTo")).containsExactly("#speaker_1", "#x");
    }

    @Test
    void schemaCatchesWhatIsNotAkomaNtoso() {
        byte[] duplicated = new String(
                        typesetter.render(SeedReport.vladivostok(), DocumentFormat.AKN),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replace("eId=\"sec_2\"", "eId=\"sec_1\"")
                .getBytes();

        assertThatThrownBy(() -> validate(duplicated)).isInstanceOf(SAXParseException.class);
    }

    @Test
    void eachSpeakerIsOnePersonShownOnlyByTheirLabel() throws Exception {
        org.w3c.dom.Document akn = parse(typesetter.render(SeedReport.vladivostok(), DocumentFormat.AKN));

        List<String> shownAs = attributes(akn, "//akn:TLCPerson", "showAs");
        assertThat(shownAs)
                .containsExactly("One participant", "The other presenter", "A Russian participant", "One participant");
        assertThat(attributes(akn, "//akn:TLCPerson", "eId"))
                .containsExactly("speaker_1", "speaker_2", "speaker_3", "speaker_4");
        assertThat(attributes(akn, "//akn:TLCPerson", "href"))
                .allSatisfy(href -> assertThat(href).startsWith("/akn/ontology/person/int/unidentified/"));
        assertThat(attributes(akn, "//akn:TLCRole", "showAs")).containsExactly("Participant", "Presenter");
        assertThat(attributes(akn, "//akn:person", "refersTo"))
                .containsExactly("#speaker_1", "#speaker_2", "#speaker_3", "#speaker_4");
        assertThat(value(akn, "//akn:person[@refersTo='#speaker_3']")).isEqualTo("A Russian participant");
        assertThat(value(akn, "//akn:person[@refersTo='#speaker_3']/@as")).isEqualTo("#role_participant");
    }

    @Test
    void everyReferenceFindsItsTarget() throws Exception {
        org.w3c.dom.Document akn = parse(typesetter.render(SeedReport.vladivostok(), DocumentFormat.AKN));
        List<String> refs = new ArrayList<>();
        refs.addAll(attributes(akn, "//akn:person", "refersTo"));
        refs.addAll(attributes(akn, "//akn:person", "as"));
        refs.addAll(attributes(akn, "//akn:ref", "href"));
        refs.addAll(attributes(akn, "//*[@source]", "source"));
        refs.addAll(attributes(akn, "//akn:FRBRauthor", "href"));

        assertThat(refs)
                .hasSize(14)
                .allSatisfy(ref -> assertThat(attributes(akn, "//*[@eId='" + ref.substring(1) + "']", "eId"))
                        .as(ref)
                        .hasSize(1));
    }

    @Test
    void eIdsAreUnique() throws Exception {
        List<String> eIds =
                attributes(parse(typesetter.render(SeedReport.vladivostok(), DocumentFormat.AKN)), "//*[@eId]", "eId");

        assertThat(new HashSet<>(eIds)).hasSameSizeAs(eIds);
        assertThat(eIds).contains("sec_1", "sec_1__sec_2", "sec_1__sec_2__para_2", "sec_2", "speaker_1", "author");
    }

    @Test
    void sectionsKeepTheirNumbersAndHeadings() throws Exception {
        org.w3c.dom.Document akn = parse(typesetter.render(SeedReport.vladivostok(), DocumentFormat.AKN));

        assertThat(value(akn, "//akn:mainBody/akn:section[@eId='sec_1']/akn:num"))
                .isEqualTo("1");
        assertThat(value(akn, "//akn:mainBody/akn:section[@eId='sec_1']/akn:heading"))
                .isEqualTo("Summary");
        assertThat(value(akn, "//akn:section[@eId='sec_1']/akn:section[@eId='sec_1__sec_3']/akn:num"))
                .isEqualTo("1.3");
        assertThat(value(akn, "//akn:docTitle")).isEqualTo(SeedReport.TITLE);
        assertThat(value(akn, "//akn:paragraph[@eId='sec_2__para_2']/akn:content/akn:p"))
                .isEqualTo("For this, the Co-Chairs of the Study Group would start the drafting process soon.");
    }

    @Test
    void identificationNamesTheReportByItsIdAndDate() throws Exception {
        org.w3c.dom.Document akn = parse(typesetter.render(SeedReport.vladivostok(), DocumentFormat.AKN));
        String work = "/akn/int/debateReport/2011-11-14/cscap-sg-mnsg-meeting-3-report";

        assertThat(value(akn, "//akn:FRBRWork/akn:FRBRthis/@value")).isEqualTo(work + "/!main");
        assertThat(value(akn, "//akn:FRBRWork/akn:FRBRuri/@value")).isEqualTo(work);
        assertThat(value(akn, "//akn:FRBRExpression/akn:FRBRuri/@value")).isEqualTo(work + "/eng@");
        assertThat(value(akn, "//akn:FRBRManifestation/akn:FRBRthis/@value")).isEqualTo(work + "/eng@/!main.xml");
        assertThat(value(akn, "//akn:FRBRWork/akn:FRBRdate/@date")).isEqualTo("2011-11-14");
        assertThat(value(akn, "//akn:TLCOrganization/@showAs")).isEqualTo(SeedReport.AUTHOR);
    }

    @Test
    void jurisdictionCanBeTheOrganisations() throws Exception {
        org.w3c.dom.Document akn = parse(new Typesetter("cscap").render(SeedReport.vladivostok(), DocumentFormat.AKN));

        assertThat(value(akn, "//akn:FRBRcountry/@value")).isEqualTo("cscap");
        assertThat(value(akn, "//akn:FRBRWork/akn:FRBRuri/@value")).startsWith("/akn/cscap/debateReport/");
    }
}
