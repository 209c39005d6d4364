package plenary.documents;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;
import plenary.documents.Document.Speaker;

/**
 * The people and roles an Akoma Ntoso report refers to. Each speaker is a TLCPerson whose IRI is a placeholder for
 * an unidentified person and whose showAs is the report's own label ("A Russian participant"), so that no name
 * reaches the file; the capacity they spoke in is a TLCRole.
 */
final class AknReferences {

    /** A speaker as the text refers to them: the TLCPerson's eId and the TLCRole's eId (or null). */
    record Person(String eId, @Nullable String roleEId) {}

    private final String jurisdiction;
    private final String workName;
    private final String author;
    private final String authorEId;
    private final Map<String, Person> persons = new HashMap<>();
    private final Map<Person, Speaker> speakers = new LinkedHashMap<>();
    private final Map<String, String> roles = new LinkedHashMap<>();

    AknReferences(Document doc, String jurisdiction, UniqueIds ids) {
        this.jurisdiction = jurisdiction;
        this.workName = AknIdentification.workName(doc);
        this.author = doc.author() == null || doc.author().isBlank() ? "Plenary" : ReportText.oneLine(doc.author());
        this.authorEId = ids.claim("author", "author");
        int n = 0;
        for (Speaker speaker : doc.speakers()) {
            n++;
            if (persons.containsKey(speaker.eId())) {
                continue;
            }
            String capacity = token(speaker.role());
            String role =
                    capacity.isEmpty() ? null : roles.computeIfAbsent(capacity, r -> ids.claim("role_" + r, "role"));
            Person person = new Person(ids.claim(speaker.eId(), "speaker_" + n), role);
            persons.put(speaker.eId(), person);
            speakers.put(person, speaker);
        }
    }

    /** The reference to the report's author, the source of its metadata: "#author". */
    String authorRef() {
        return "#" + authorEId;
    }

    /** The speaker a span refers to, or null if the report names no such speaker. */
    @Nullable Person person(@Nullable String speakerEId) {
        return speakerEId == null ? null : persons.get(speakerEId);
    }

    void write(AknXml xml) throws XMLStreamException {
        xml.open("references", "source", authorRef());
        xml.empty(
                "TLCOrganization",
                "eId",
                authorEId,
                "href",
                "/akn/ontology/organization/" + jurisdiction + "/" + token(author),
                "showAs",
                author);
        for (var speaker : speakers.entrySet()) {
            String eId = speaker.getKey().eId();
            xml.empty(
                    "TLCPerson",
                    "eId",
                    eId,
                    "href",
                    "/akn/ontology/person/" + jurisdiction + "/unidentified/" + workName + "/" + eId,
                    "showAs",
                    ReportText.oneLine(speaker.getValue().label()));
        }
        for (var role : roles.entrySet()) {
            xml.empty(
                    "TLCRole",
                    "eId",
                    role.getValue(),
                    "href",
                    "/akn/ontology/role/" + jurisdiction + "/" + role.getKey(),
                    "showAs",
                    capitalised(role.getKey()));
        }
        xml.close();
    }

    static String token(String text) {
        return ReportText.oneLine(text)
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
    }

    private static String capitalised(String token) {
        String words = token.replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
