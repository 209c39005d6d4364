package plenary.documents;

import java.time.LocalDate;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * The FRBR identification of an Akoma Ntoso document: the work, its English expression and the XML manifestation,
 * named by the Akoma Ntoso naming convention from the document's id and dates. A report is a work with one
 * expression; a memorandum is a work whose versions are its expressions ("…/eng@3").
 */
final class AknIdentification {

    /** An FRBR date and what happened on it: "meeting", "begun", "version". */
    private record Dated(LocalDate date, String name) {}

    private final String jurisdiction;
    private final @Nullable String subtype;
    private final String workName;
    private final String work;
    private final Dated workDate;
    private final @Nullable String version;
    private final Dated expressionDate;

    private AknIdentification(
            String jurisdiction,
            String type,
            @Nullable String subtype,
            String workName,
            Dated workDate,
            @Nullable String version,
            Dated expressionDate) {
        this.jurisdiction = jurisdiction;
        this.subtype = subtype;
        this.workName = workName;
        this.work = "/akn/" + jurisdiction + "/" + type + (subtype == null ? "" : "/" + subtype) + "/" + workDate.date()
                + "/" + workName;
        this.workDate = workDate;
        this.version = version;
        this.expressionDate = expressionDate;
    }

    /** A report's: dated by the meeting at every level, so that the same report always gives the same file. */
    static AknIdentification report(String jurisdiction, Document doc) {
        LocalDate date = doc.date() == null ? LocalDate.EPOCH : doc.date();
        return new AknIdentification(
                jurisdiction,
                "debateReport",
                null,
                workName(doc),
                new Dated(date, "meeting"),
                null,
                new Dated(date, "report"));
    }

    /**
     * A memorandum version's: the work is the memorandum, dated by the day it was begun, so that every version names
     * the same work; the expression is the version, numbered, and dated by the document (or, without a date, the day
     * the memorandum was begun).
     */
    static AknIdentification memorandum(String jurisdiction, Document doc, LocalDate begun, int version) {
        return new AknIdentification(
                jurisdiction,
                "doc",
                "memorandum",
                workName(doc),
                new Dated(begun, "begun"),
                String.valueOf(version),
                new Dated(doc.date() == null ? begun : doc.date(), "version"));
    }

    /** The document's id as the name part of its FRBR IRIs. */
    static String workName(Document doc) {
        return ReportText.oneLine(doc.id()).strip().replaceAll("[^A-Za-z0-9._-]", "-");
    }

    void write(AknXml xml, String authorRef) throws XMLStreamException {
        String expression = work + "/eng@" + (version == null ? "" : version);
        xml.open("identification", "source", authorRef);
        xml.open("FRBRWork");
        xml.empty("FRBRthis", "value", work + "/!main");
        xml.empty("FRBRuri", "value", work);
        date(xml, workDate);
        xml.empty("FRBRauthor", "href", authorRef);
        xml.empty("FRBRcountry", "value", jurisdiction);
        if (subtype != null) {
            xml.empty("FRBRsubtype", "value", subtype);
        }
        xml.empty("FRBRname", "value", workName);
        xml.close();
        xml.open("FRBRExpression");
        xml.empty("FRBRthis", "value", expression + "/!main");
        xml.empty("FRBRuri", "value", expression);
        date(xml, expressionDate);
        xml.empty("FRBRauthor", "href", authorRef);
        if (version != null) {
            xml.empty("FRBRversionNumber", "value", version);
        }
        xml.empty("FRBRlanguage", "language", "eng");
        xml.close();
        xml.open("FRBRManifestation");
        xml.empty("FRBRthis", "value", expression + "/!main.xml");
        xml.empty("FRBRuri", "value", expression + ".akn");
        date(xml, new Dated(expressionDate.date(), "markup"));
        xml.empty("FRBRauthor", "href", authorRef);
        xml.close();
        xml.close();
    }

    private static void date(AknXml xml, Dated dated) throws XMLStreamException {
        xml.empty("FRBRdate", "date", dated.date().toString(), "name", dated.name());
    }
}
