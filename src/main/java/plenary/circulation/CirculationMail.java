package plenary.circulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import plenary.circulation.internal.StoredCirculation;
import plenary.circulation.internal.StoredRecipient;
import plenary.directory.CommitteeId;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.notify.Outbox;
import plenary.notify.OutgoingMail;

/**
 * Queues a circulation's mail in the outbox, in the circulation's transaction: an invitation to every addressee (a
 * committee's representatives, a person, an outside recipient), and reminders at the configured times before the
 * deadline ({@code plenary.circulation.reminders}, ISO durations such as {@code P3D,P1D}), which go out then only
 * to those who have not answered. An addressee without an e-mail address gets none.
 */
@Component
class CirculationMail {

    static final String INVITATION = "circulation-invitation";
    static final String REMINDER = "circulation-reminder";

    private final Outbox outbox;
    private final Directory directory;
    private final List<Duration> reminders;

    CirculationMail(
            Outbox outbox, Directory directory, @Value("${plenary.circulation.reminders:P3D,P1D}") String reminders) {
        this.outbox = outbox;
        this.directory = directory;
        this.reminders = Arrays.stream(reminders.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Duration::parse)
                .toList();
    }

    void queue(StoredCirculation circulation, String title, List<StoredRecipient> recipients, Instant now) {
        for (StoredRecipient recipient : recipients) {
            for (Addressee to : addressees(recipient)) {
                Map<String, String> facts = Map.of(
                        "circulationId", String.valueOf(circulation.id()),
                        "memorandumId", String.valueOf(circulation.memorandumId()),
                        "recipientId", String.valueOf(recipient.id()),
                        "title", title,
                        "version", String.valueOf(circulation.versionNumber()),
                        "deadline", circulation.deadline().toString());
                String key = circulation.id() + ":" + recipient.id() + ":" + to.key();
                outbox.enqueue(new OutgoingMail(
                        INVITATION, to.email(), to.name(), to.personId(), facts, now, INVITATION + ":" + key));
                for (Duration before : reminders) {
                    Instant at = circulation.deadline().minus(before);
                    if (at.isAfter(now)) {
                        outbox.enqueue(new OutgoingMail(
                                REMINDER,
                                to.email(),
                                to.name(),
                                to.personId(),
                                facts,
                                at,
                                REMINDER + ":" + key + ":" + before));
                    }
                }
            }
        }
    }

    /** Those who read a recipient's mail: a committee's representatives, a person, an outside recipient. */
    List<Addressee> addressees(StoredRecipient recipient) {
        List<Addressee> to = new ArrayList<>();
        switch (recipient.kind()) {
            case COMMITTEE -> {
                if (recipient.committeeId() != null) {
                    directory
                            .representatives(new CommitteeId(recipient.committeeId()))
                            .forEach(p -> add(to, p));
                }
            }
            case PERSON -> {
                if (recipient.personId() != null) {
                    directory.person(new PersonId(recipient.personId())).ifPresent(p -> add(to, p));
                }
            }
            case OUTSIDER -> {
                if (recipient.email() != null) {
                    to.add(new Addressee(recipient.email(), recipient.name(), null, "outside"));
                }
            }
        }
        return to;
    }

    static void add(List<Addressee> to, PersonView person) {
        if (person.email() != null && !person.email().isBlank()) {
            to.add(new Addressee(person.email(), person.name(), person.id().value(), "person-" + person.id()));
        }
    }

    /** One address a message goes to, and the person when Plenary knows them. */
    record Addressee(String email, String name, @Nullable Long personId, String key) {}
}
