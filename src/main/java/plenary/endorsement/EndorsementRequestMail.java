package plenary.endorsement;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import plenary.notify.MailRenderer;
import plenary.notify.OutgoingMail;
import plenary.notify.RenderedMail;

/** Words the request to a committee's representative that the committee endorse a version of a memorandum. */
@Component
class EndorsementRequestMail implements MailRenderer {

    @Override
    public String kind() {
        return EndorsementRecords.REQUEST_MAIL;
    }

    @Override
    public Optional<RenderedMail> render(OutgoingMail mail) {
        Map<String, String> f = mail.facts();
        String note = f.getOrDefault("note", "");
        return Optional.of(new RenderedMail(
                "Endorsement asked: " + f.get("title") + ", version " + f.get("versionNumber"),
                "The co-chairs of the " + f.get("studyGroup") + " ask " + f.get("committee")
                        + " to endorse version " + f.get("versionNumber") + " of the memorandum \"" + f.get("title")
                        + "\".\n\n" + (note.isBlank() ? "" : note + "\n\n")
                        + "As its representative, you may answer for your committee once: it endorses, endorses with"
                        + " a reservation, objects or abstains. Answer at /memoranda/" + f.get("memorandumId")
                        + "/endorsement in Plenary.\n"));
    }
}
