package plenary.reports.internal;

import org.springframework.stereotype.Component;
import plenary.documents.Document;
import tools.jackson.databind.ObjectMapper;

/** A report's document as the JSON text a version keeps, and back. */
@Component
public class ReportJson {

    private final ObjectMapper json;

    ReportJson(ObjectMapper json) {
        this.json = json;
    }

    String write(Document document) {
        return json.writeValueAsString(document);
    }

    public Document read(String text) {
        return json.readValue(text, Document.class);
    }
}
