package plenary.documents;

import java.time.LocalDate;
import javax.xml.stream.XMLStreamException;

/**
 * The FRBR identification of an Akoma Ntoso report: the work (the report of a meeting on a date), its English
 * expression and the XML manifestation, named by the Akoma Ntoso naming convention from the report's id and date.
 */
final class AknIdentification {

    private final String jurisdiction;
    private final String workName;

    AknIdentification(String jurisdiction, String workName) {
        this.jurisdiction = jurisdiction;
        this.workName = workName;
    }

    void write(AknXml xml, Document doc, String authorRef) throws XMLStreamException {
        // Dated by the meeting at every level, so that the same report always gives the same file.
        String date = (doc.date() == null ? LocalDate.EPOCH : doc.date()).toString();
        String work = "/akn/" + jurisdiction + "/debateReport/" + date + "/" + workName;
        String expression = work + "/eng@";
        xml.open("identification", "source", authorRef);
        xml.open("FRBRWork");
        xml.empty("FRBRthis", "value", work + "/!main");
        xml.empty("FRBRuri", "value", work);
        xml.empty("FRBRdate", "date", date, "name", "meeting");
        xml.empty("FRBRauthor", "href", authorRef);
        xml.empty("FRBRcountry", "value", jurisdiction);
        xml.empty("FRBRname", "value", workName);
        xml.close();
        xml.open("FRBRExpression");
        xml.empty("FRBRthis", "value", expression + "/!main");
        xml.empty("FRBRuri", "value", expression);
        xml.empty("FRBRdate", "date", date, "name", "report");
        xml.empty("FRBRauthor", "href", authorRef);
        xml.empty("FRBRlanguage", "language", "eng");
        xml.close();
        xml.open("FRBRManifestation");
        xml.empty("FRBRthis", "value", expression + "/!main.xml");
        xml.empty("FRBRuri", "value", expression + ".akn");
        xml.empty("FRBRdate", "date", date, "name", "markup");
        xml.empty("FRBRauthor", "href", authorRef);
        xml.close();
        xml.close();
    }
}
