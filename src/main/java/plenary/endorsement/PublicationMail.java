package plenary.endorsement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.notify.MailRenderer;
import plenary.notify.Outbox;
import plenary.notify.OutgoingMail;
import plenary.notify.RenderedMail;
import plenary.studygroups.StudyGroupView;

/**
 * The message that a memorandum is published, queued to the study group's people (co-chairs, rapporteurs and the
 * participating committees' representatives) and worded when it is sent.
 */
@Component
class PublicationMail implements MailRenderer {

    static final String KIND = "memorandum-published";

    private final Directory directory;
    private final Outbox outbox;

    PublicationMail(Directory directory, Outbox outbox) {
        this.directory = directory;
        this.outbox = outbox;
    }

    void queue(StudyGroupView group, Map<String, String> facts) {
        Set<PersonId> people = new TreeSet<>((a, b) -> Long.compare(a.value(), b.value()));
        people.addAll(group.coChairIds());
        people.addAll(group.rapporteurIds());
        group.committeeIds().forEach(c -> directory.representatives(c).forEach(r -> people.add(r.id())));
        for (PersonView person : directory.people(people).values()) {
            if (person.email() != null) {
                outbox.enqueue(new OutgoingMail(
                        KIND,
                        person.email(),
                        person.name(),
                        person.id().value(),
                        new LinkedHashMap<>(facts),
                        Instant.now(),
                        KIND + ":" + facts.get("memorandumId") + ":"
                                + person.id().value()));
            }
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<RenderedMail> render(OutgoingMail mail) {
        Map<String, String> f = mail.facts();
        return Optional.of(new RenderedMail(
                "Published: memorandum no. " + f.get("number") + ", " + f.get("title"),
                "The memorandum \"" + f.get("title") + "\" of the " + f.get("studyGroup")
                        + " is published as memorandum no. " + f.get("number") + " on " + f.get("publishedOn")
                        + ".\n\nAnyone may read it at /api/memoranda/" + f.get("memorandumId")
                        + "/publication (in html, pdf, docx, md or akn).\n"));
    }
}
