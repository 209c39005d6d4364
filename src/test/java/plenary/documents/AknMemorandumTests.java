package plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static plenary.documents.AknFiles.attributes;
import static plenary.documents.AknFiles.parse;
import static plenary.documents.AknFiles.texts;
import static plenary.documents.AknFiles.validate;
import static plenary.documents.AknFiles.value;
import static plenary.documents.SeedMemorandum.AUTHOR;
import static plenary.documents.SeedMemorandum.BEGUN;
import static plenary.documents.SeedMemorandum.PREAMBLE;
import static plenary.documents.SeedMemorandum.RESERVATION;
import static plenary.documents.SeedMemorandum.TITLE;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;
import plenary.drafting.MemorandumText;

/**
 * A version of a memorandum as Akoma Ntoso: a valid {@code doc name="memorandum"} with a preface, a preamble and
 * sections of numbered paragraphs whose eIds are the memorandum's keys, so that they survive renumbering.
 */
class AknMemorandumTests {

    private final Typesetter typesetter = new Typesetter();

    @Test
    void isValidAkomaNtoso() throws Exception {
        validate(akn(SeedMemorandum.document(), 2));
    }

    @Test
    void schemaCatchesAParagraphKeyGivenTwice() {
        byte[] twice = new String(akn(SeedMemorandum.document(), 2), StandardCharsets.UTF_8)
                .replace("eId=\"para_2\"", "eId=\"para_1\"")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> validate(twice)).isInstanceOf(SAXParseException.class);
    }

    @Test
    void isADocNamedMemorandumWithPrefacePreambleAndMainBody() throws Exception {
        org.w3c.dom.Document akn = parse(akn(SeedMemorandum.document(), 2));

        assertThat(value(akn, "name(/akn:akomaNtoso/*)")).isEqualTo("doc");
        assertThat(value(akn, "/akn:akomaNtoso/akn:doc/@name")).isEqualTo("memorandum");
        assertThat(texts(akn, "/akn:akomaNtoso/akn:doc/*").size()).isEqualTo(4);
        assertThat(value(akn, "local-name(/akn:akomaNtoso/akn:doc/*[1])")).isEqualTo("meta");
        assertThat(value(akn, "local-name(/akn:akomaNtoso/akn:doc/*[2])")).isEqualTo("preface");
        assertThat(value(akn, "local-name(/akn:akomaNtoso/akn:doc/*[3])")).isEqualTo("preamble");
        assertThat(value(akn, "local-name(/akn:akomaNtoso/akn:doc/*[4])")).isEqualTo("mainBody");
    }

    @Test
    void prefaceHasTheTitleTheDateAndTheAuthor() throws Exception {
        org.w3c.dom.Document akn = parse(akn(SeedMemorandum.document(), 2));

        assertThat(value(akn, "//akn:preface/akn:longTitle/akn:p/akn:docTitle")).isEqualTo(TITLE);
        assertThat(value(akn, "//akn:preface//akn:docDate/@date")).isEqualTo("2012-05-01");
        assertThat(value(akn, "//akn:preface//akn:docDate")).isEqualTo("1 May 2012");
        assertThat(value(akn, "//akn:preface//akn:docProponent")).isEqualTo(AUTHOR);
        assertThat(value(akn, "//akn:preface//akn:docProponent/@refersTo")).isEqualTo("#author");
        assertThat(value(akn, "//akn:TLCOrganization[@eId='author']/@showAs")).isEqualTo(AUTHOR);
        assertThat(value(akn, "//akn:preface//akn:docStatus")).isEqualTo("Version 2");
    }

    @Test
    void preambleHoldsThePreambleAndNoHeading() throws Exception {
        org.w3c.dom.Document akn = parse(akn(SeedMemorandum.document(), 2));

        assertThat(texts(akn, "//akn:preamble/*")).containsExactly(PREAMBLE);
        assertThat(attributes(akn, "//akn:preamble/akn:p", "eId")).containsExactly("preamble__para_1");
        assertThat(texts(akn, "//akn:heading")).containsExactly("Security", "Energy");
    }

    @Test
    void sectionsHoldTheirNumberHeadingAndNumberedParagraphs() throws Exception {
        org.w3c.dom.Document akn = parse(akn(SeedMemorandum.document(), 2));

        assertThat(attributes(akn, "//akn:mainBody/akn:section", "eId")).containsExactly("sec_security", "sec_energy");
        assertThat(texts(akn, "//akn:mainBody/akn:section/akn:num")).containsExactly("1", "2");
        assertThat(texts(akn, "//akn:mainBody/akn:section/akn:heading")).containsExactly("Security", "Energy");
        assertThat(attributes(akn, "//akn:section/akn:paragraph", "eId"))
                .containsExactly("para_1", "para_2", "para_3", "para_4");
        assertThat(texts(akn, "//akn:section/akn:paragraph/akn:num")).containsExactly("1.1", "1.2", "2.1", "2.2");
        assertThat(attributes(akn, "//akn:section[@eId='sec_energy']/akn:paragraph", "eId"))
                .containsExactly("para_3", "para_4");
        assertThat(value(akn, "//akn:paragraph[@eId='para_2']/akn:content/akn:p"))
                .isEqualTo("Hold the talks' working groups between sessions.");
        assertThat(value(akn, "//akn:paragraph[@eId='para_4']/akn:content/akn:p"))
                .isEqualTo("Create [a nuclear safety mechanism] (CSCAP Japan) [a nuclear safety regime] (CSCAP China,"
                        + " CSCAP Korea).");
    }

    @Test
    void theReservationIsAnAuthorialNoteInItsParagraph() throws Exception {
        org.w3c.dom.Document akn = parse(akn(SeedMemorandum.document(), 2));

        assertThat(texts(akn, "//akn:authorialNote")).containsExactly(RESERVATION);
        assertThat(value(akn, "//akn:paragraph[@eId='para_3']/akn:content/akn:p/akn:authorialNote/@marker"))
                .isEqualTo("1");
        assertThat(value(akn, "//akn:paragraph[@eId='para_3']/akn:content/akn:p/text()"))
                .isEqualTo("Hold a regional energy dialogue.");
    }

    @Test
    void aParagraphKeepsItsEIdWhenOneIsInsertedBeforeItWhileItsNumChanges() throws Exception {
        MemorandumText before = SeedMemorandum.text();
        MemorandumText after = before.insert("sec_energy", null, "para_5", "Share data on energy demand.");

        org.w3c.dom.Document first = parse(akn(SeedMemorandum.document(before, "Version 2"), 2));
        org.w3c.dom.Document second = parse(akn(SeedMemorandum.document(after, "Version 3"), 3));

        assertThat(value(first, "//akn:paragraph[@eId='para_3']/akn:num")).isEqualTo("2.1");
        assertThat(value(second, "//akn:paragraph[@eId='para_3']/akn:num")).isEqualTo("2.2");
        assertThat(value(second, "//akn:paragraph[@eId='para_3']/akn:content/akn:p/text()"))
                .isEqualTo("Hold a regional energy dialogue.");
        assertThat(value(second, "//akn:paragraph[@eId='para_5']/akn:num")).isEqualTo("2.1");
        assertThat(attributes(second, "//akn:section[@eId='sec_energy']/akn:paragraph", "eId"))
                .containsExactly("para_5", "para_3", "para_4");
        assertThat(texts(second, "//akn:section[@eId='sec_energy']/akn:paragraph/akn:num"))
                .containsExactly("2.1", "2.2", "2.3");
    }

    @Test
    void theWorkIsTheMemorandumAndTheExpressionItsVersion() throws Exception {
        org.w3c.dom.Document akn = parse(akn(SeedMemorandum.document(), 2));
        String work = "/akn/int/doc/memorandum/2012-03-15/cscap-sg-mnsg-memorandum";

        assertThat(value(akn, "//akn:FRBRWork/akn:FRBRthis/@value")).isEqualTo(work + "/!main");
        assertThat(value(akn, "//akn:FRBRWork/akn:FRBRuri/@value")).isEqualTo(work);
        assertThat(value(akn, "//akn:FRBRWork/akn:FRBRdate/@date")).isEqualTo("2012-03-15");
        assertThat(value(akn, "//akn:FRBRWork/akn:FRBRsubtype/@value")).isEqualTo("memorandum");
        assertThat(value(akn, "//akn:FRBRWork/akn:FRBRname/@value")).isEqualTo("cscap-sg-mnsg-memorandum");
        assertThat(value(akn, "//akn:FRBRExpression/akn:FRBRthis/@value")).isEqualTo(work + "/eng@2/!main");
        assertThat(value(akn, "//akn:FRBRExpression/akn:FRBRuri/@value")).isEqualTo(work + "/eng@2");
        assertThat(value(akn, "//akn:FRBRExpression/akn:FRBRdate/@date")).isEqualTo("2012-05-01");
        assertThat(value(akn, "//akn:FRBRExpression/akn:FRBRversionNumber/@value"))
                .isEqualTo("2");
        assertThat(value(akn, "//akn:FRBRManifestation/akn:FRBRthis/@value")).isEqualTo(work + "/eng@2/!main.xml");
        assertThat(value(akn, "//akn:FRBRManifestation/akn:FRBRuri/@value")).isEqualTo(work + "/eng@2.akn");
    }

    @Test
    void everyVersionNamesTheSameWork() throws Exception {
        Document later = SeedMemorandum.document(SeedMemorandum.text(), "Version 3");
        org.w3c.dom.Document second = parse(akn(SeedMemorandum.document(), 2));
        org.w3c.dom.Document third = parse(typesetter.memorandum(
                new Document(
                        later.id(),
                        later.title(),
                        null,
                        LocalDate.of(2012, 6, 20),
                        later.author(),
                        later.status(),
                        later.speakers(),
                        later.contents()),
                BEGUN,
                3,
                DocumentFormat.AKN));

        assertThat(value(third, "//akn:FRBRWork/akn:FRBRuri/@value"))
                .isEqualTo(value(second, "//akn:FRBRWork/akn:FRBRuri/@value"));
        assertThat(value(third, "//akn:FRBRExpression/akn:FRBRuri/@value")).endsWith("/eng@3");
        assertThat(value(third, "//akn:FRBRExpression/akn:FRBRdate/@date")).isEqualTo("2012-06-20");
        assertThat(value(third, "//akn:docDate/@date")).isEqualTo("2012-06-20");
    }

    @Test
    void everyReferenceFindsItsTargetAndEveryEIdIsUnique() throws Exception {
        org.w3c.dom.Document akn = parse(akn(SeedMemorandum.document(), 2));
        List<String> refs = new ArrayList<>();
        refs.addAll(attributes(akn, "//*[@source]", "source"));
        refs.addAll(attributes(akn, "//*[@refersTo]", "refersTo"));
        refs.addAll(attributes(akn, "//akn:FRBRauthor", "href"));
        List<String> eIds = attributes(akn, "//*[@eId]", "eId");

        assertThat(refs)
                .hasSize(6)
                .allSatisfy(ref -> assertThat(attributes(akn, "//*[@eId='" + ref.substring(1) + "']", "eId"))
                        .as(ref)
                        .hasSize(1));
        assertThat(new HashSet<>(eIds)).hasSameSizeAs(eIds);
    }

    @Test
    void aMemorandumJustBegunIsValidToo() throws Exception {
        MemorandumText begun = MemorandumText.of(TITLE, "", Map.of("sec_security", "Security"));
        MemorandumText bare = MemorandumText.of(TITLE, "", Map.of());

        byte[] sections = akn(begun.document("m", BEGUN, AUTHOR, "Draft"), 1);
        byte[] nothing = akn(bare.document("m", BEGUN, AUTHOR, "Draft"), 1);

        validate(sections);
        validate(nothing);
        assertThat(texts(parse(sections), "//akn:preamble")).isEmpty();
        assertThat(texts(parse(sections), "//akn:mainBody/akn:section/akn:heading"))
                .containsExactly("Security");
        assertThat(texts(parse(nothing), "//akn:mainBody/akn:section")).isEmpty();
    }

    @Test
    void versionsAreNumberedFromOne() {
        assertThatThrownBy(() -> akn(SeedMemorandum.document(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private byte[] akn(Document doc, int version) {
        return typesetter.memorandum(doc, BEGUN, version, DocumentFormat.AKN);
    }
}
