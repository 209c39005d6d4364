package plenary.circulation;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.circulation.CirculationView.Amendment;
import plenary.circulation.CirculationView.Comment;
import plenary.circulation.internal.CirculationTables;
import plenary.circulation.internal.StoredCirculation;
import plenary.circulation.internal.StoredRecipient;
import plenary.directory.CommitteeId;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.drafting.MemorandumId;
import plenary.kernel.RecordNotFound;
import plenary.notify.Outbox;
import plenary.notify.QueuedMail;
import plenary.studygroups.StudyGroupId;

/**
 * What may be read of the circulations, by signed-in accounts: a memorandum's circulations, and one with who has
 * answered, who has not, who was reminded and what was late.
 */
@Service
@Transactional(readOnly = true)
public class Circulations {

    private final CirculationGate gate;
    private final CirculationTables tables;
    private final Directory directory;
    private final Outbox outbox;

    Circulations(CirculationGate gate, CirculationTables tables, Directory directory, Outbox outbox) {
        this.gate = gate;
        this.tables = tables;
        this.directory = directory;
        this.outbox = outbox;
    }

    public List<CirculationView> ofMemorandum(long memorandumId) {
        return gate.ofMemorandum(memorandumId).stream().map(this::view).toList();
    }

    public CirculationView find(long memorandumId, long circulationId) {
        return view(gate.readable(memorandumId, circulationId));
    }

    /**
     * One comment with its circulation's memorandum and version, read without the rest of the circulation (what
     * the search index reads for each new comment); none when there is no such comment.
     */
    public Optional<CirculatedComment> comment(long commentId) {
        return tables.comment(commentId).map(stored -> {
            StoredCirculation c = gate.readable(
                    tables.find(stored.circulationId())
                            .orElseThrow(() -> new RecordNotFound("Circulation", stored.circulationId()))
                            .memorandumId(),
                    stored.circulationId());
            return new CirculatedComment(
                    c.id(), new MemorandumId(c.memorandumId()), c.versionNumber(), stored.comment());
        });
    }

    /**
     * The circulations the person may comment on (sent to them, or to the committee they represent), with their
     * deadlines, the earliest first: read in one statement, without asking who is asking.
     */
    public List<CirculationDeadline> addressedTo(PersonId person, @Nullable CommitteeId represented) {
        return tables.addressedTo(person.value(), represented == null ? null : represented.value()).stream()
                .map(c -> new CirculationDeadline(
                        c.id(),
                        new MemorandumId(c.memorandumId()),
                        new StudyGroupId(c.studyGroupId()),
                        c.versionNumber(),
                        c.deadline()))
                .toList();
    }

    CirculationView view(StoredCirculation c) {
        List<Comment> comments = tables.comments(c.id());
        List<Amendment> amendments = tables.amendments(c.id());
        Set<Long> answered = new HashSet<>();
        Set<Long> late = new HashSet<>();
        comments.stream().filter(k -> k.recipientId() != null).forEach(k -> {
            answered.add(k.recipientId());
            if (k.late()) {
                late.add(k.recipientId());
            }
        });
        amendments.forEach(a -> {
            answered.add(a.recipientId());
            if (a.late()) {
                late.add(a.recipientId());
            }
        });
        List<StoredRecipient> stored = tables.recipients(c.id());
        Set<Long> reminded = reminded(c.id(), stored);
        List<CirculationView.Recipient> recipients = stored.stream()
                .map(r -> new CirculationView.Recipient(
                        r.id(),
                        r.kind(),
                        r.name(),
                        r.committeeId(),
                        r.personId(),
                        answered.contains(r.id()),
                        late.contains(r.id()),
                        reminded.contains(r.id()),
                        r.linkRevokedAt() != null))
                .toList();
        return new CirculationView(
                c.id(),
                new MemorandumId(c.memorandumId()),
                c.versionNumber(),
                c.deadline(),
                c.note(),
                c.circulatedBy(),
                c.circulatedAt(),
                c.lateAt(Instant.now()),
                recipients,
                comments,
                amendments);
    }

    /**
     * The recipients of whom a reminder went out (its outbox row SENT), read from what went out to each addressee the
     * directory knows, in two statements however many recipients: an outside recipient's reminders are addressed
     * to no one the directory knows, so they never show.
     */
    private Set<Long> reminded(long circulationId, List<StoredRecipient> recipients) {
        Map<CommitteeId, List<PersonView>> representatives = directory.representatives(recipients.stream()
                .map(StoredRecipient::committeeId)
                .filter(Objects::nonNull)
                .map(CommitteeId::new)
                .toList());
        List<Long> addressees = recipients.stream()
                .flatMap(r -> addressees(r, representatives).stream())
                .toList();
        String circulation = String.valueOf(circulationId);
        Set<Long> reminded = new HashSet<>();
        for (QueuedMail mail : outbox.sent(CirculationMail.REMINDER, addressees)) {
            String recipient = mail.facts().get("recipientId");
            if (recipient != null && circulation.equals(mail.facts().get("circulationId"))) {
                reminded.add(Long.valueOf(recipient));
            }
        }
        return reminded;
    }

    private static List<Long> addressees(StoredRecipient r, Map<CommitteeId, List<PersonView>> representatives) {
        return switch (r.kind()) {
            case COMMITTEE ->
                r.committeeId() == null
                        ? List.of()
                        : representatives.getOrDefault(new CommitteeId(r.committeeId()), List.of()).stream()
                                .map(p -> p.id().value())
                                .toList();
            case PERSON -> r.personId() == null ? List.of() : List.of(r.personId());
            case OUTSIDER -> List.of();
        };
    }
}
