package plenary.circulation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.circulation.CirculationView.Amendment;
import plenary.circulation.CirculationView.Comment;
import plenary.circulation.internal.CirculationTables;
import plenary.circulation.internal.StoredCirculation;
import plenary.circulation.internal.StoredRecipient;
import plenary.directory.CurrentAccount;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumId;
import plenary.drafting.MemorandumText;
import plenary.kernel.InvalidRecord;

/**
 * What recipients send back on a circulation: comments on a paragraph of the circulated version (and replies to
 * comments), and amendments. A committee answers through its representatives, a person for themselves, an outside
 * recipient through their personal link; the co-chairs and the secretariat reply to comments too. After the
 * deadline a contribution is accepted only when it says it is late, and is marked so.
 */
@Service
@Transactional
public class Contributions {

    private final CirculationGate gate;
    private final CirculationTables tables;
    private final Memoranda memoranda;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    Contributions(
            CirculationGate gate,
            CirculationTables tables,
            Memoranda memoranda,
            Directory directory,
            ApplicationEventPublisher events) {
        this.gate = gate;
        this.tables = tables;
        this.memoranda = memoranda;
        this.directory = directory;
        this.events = events;
    }

    /** Who sends a contribution: the recipient they answer for (none for a co-chair's reply) and their name. */
    record Author(@Nullable StoredRecipient recipient, String name) {}

    public Comment comment(long memorandumId, long circulationId, CommentForm form) {
        StoredCirculation circulation = gate.readable(memorandumId, circulationId);
        Optional<StoredRecipient> recipient = gate.answeringFor(circulation);
        if (recipient.isEmpty() && !gate.mayDraft(memorandumId)) {
            throw new AccessDeniedException("Only the circulation's recipients (for a committee, its representatives)"
                    + " and the co-chairs comment on it.");
        }
        return comment(circulation, author(recipient.orElse(null)), form);
    }

    public Amendment amend(long memorandumId, long circulationId, AmendmentForm form) {
        StoredCirculation circulation = gate.readable(memorandumId, circulationId);
        StoredRecipient recipient = gate.answeringFor(circulation)
                .orElseThrow(
                        () -> new AccessDeniedException(
                                "Only the circulation's recipients (for a committee, its representatives) propose amendments."));
        return amend(circulation, author(recipient), form);
    }

    Comment comment(StoredCirculation circulation, Author author, CommentForm form) {
        Instant now = clock.instant();
        String key = form.paragraphKey();
        if (form.replyTo() != null) {
            Comment parent = tables.comments(circulation.id()).stream()
                    .filter(c -> c.id() == form.replyTo())
                    .findFirst()
                    .orElseThrow(() ->
                            InvalidRecord.of("replyTo", "exists", "the circulation has no comment " + form.replyTo()));
            key = parent.paragraphKey();
        }
        key = requireParagraph(circulation, key);
        String text = required(form.text(), "text", "a comment must say something");
        boolean late = late(circulation, form.late(), now);
        Long recipientId =
                author.recipient() == null ? null : author.recipient().id();
        long id = tables.insertComment(
                circulation.id(), recipientId, key, form.replyTo(), text, author.name(), late, now);
        events.publishEvent(new CommentMade(
                circulation.id(), new MemorandumId(circulation.memorandumId()), id, key, author.name(), late, now));
        return new Comment(id, key, form.replyTo(), text, author.name(), recipientId, late, now);
    }

    Amendment amend(StoredCirculation circulation, Author author, AmendmentForm form) {
        Instant now = clock.instant();
        StoredRecipient recipient = author.recipient();
        if (recipient == null) {
            throw new AccessDeniedException("Only the circulation's recipients propose amendments.");
        }
        AmendmentKind kind = form.kind();
        if (kind == null) {
            throw InvalidRecord.of("kind", "required", "say whether the amendment inserts, replaces or deletes");
        }
        String key = requireParagraph(circulation, form.paragraphKey());
        String text = kind == AmendmentKind.DELETE
                ? null
                : required(form.text(), "text", "an amendment that inserts or replaces needs its text");
        String rationale = required(form.rationale(), "rationale", "an amendment needs a rationale");
        boolean late = late(circulation, form.late(), now);
        long id = tables.insertAmendment(
                circulation.id(), recipient.id(), kind, key, text, rationale, author.name(), late, now);
        events.publishEvent(new AmendmentProposed(
                circulation.id(),
                new MemorandumId(circulation.memorandumId()),
                id,
                kind,
                key,
                author.name(),
                late,
                now));
        return tables.amendment(id).orElseThrow();
    }

    private Author author(@Nullable StoredRecipient recipient) {
        String name = CurrentAccount.personId()
                .flatMap(p -> directory.person(new PersonId(p)))
                .map(PersonView::name)
                .orElseGet(() -> CurrentAccount.get().map(a -> a.getUsername()).orElse("plenary"));
        if (recipient != null && recipient.kind() == RecipientKind.COMMITTEE) {
            name = name + " for " + recipient.name();
        }
        return new Author(recipient, name);
    }

    private String requireParagraph(StoredCirculation circulation, @Nullable String key) {
        if (key == null || key.isBlank()) {
            throw InvalidRecord.of("paragraphKey", "required", "name the paragraph by its key");
        }
        MemorandumText text = CurrentAccount.asSystem(
                () -> memoranda.versionText(circulation.memorandumId(), circulation.versionNumber()));
        if (text.paragraph(key.strip()).isEmpty()) {
            throw InvalidRecord.of(
                    "paragraphKey",
                    "exists",
                    "version " + circulation.versionNumber() + " has no paragraph " + key.strip());
        }
        return key.strip();
    }

    private static boolean late(StoredCirculation circulation, @Nullable Boolean saysLate, Instant now) {
        boolean late = circulation.lateAt(now);
        if (late && !Boolean.TRUE.equals(saysLate)) {
            throw InvalidRecord.of(
                    "late", "deadline", "the deadline has passed: send it again marked late to have it accepted");
        }
        return late;
    }

    private static String required(@Nullable String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw InvalidRecord.of(field, "required", message);
        }
        return value.strip();
    }
}
