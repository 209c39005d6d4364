package plenary.circulation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.circulation.internal.CirculationTables;
import plenary.circulation.internal.StoredCirculation;
import plenary.circulation.internal.StoredRecipient;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeView;
import plenary.directory.CurrentAccount;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumId;
import plenary.drafting.MemorandumView;
import plenary.kernel.InvalidRecord;
import plenary.kernel.RecordNotFound;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/**
 * The co-chairs' commands on circulations: circulate a frozen version (its mail queued with it), and revoke an
 * outside recipient's personal link. A recipient must be part of the study group: one of its member committees, or
 * a person who co-chairs it, is its rapporteur or belongs to one of its committees; anyone else is invited as an
 * outside recipient, by name and e-mail.
 */
@Service
@Transactional
public class CirculationRecords {

    private final CirculationGate gate;
    private final CirculationTables tables;
    private final Memoranda memoranda;
    private final StudyGroups groups;
    private final Directory directory;
    private final CirculationMail mail;
    private final Circulations circulations;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    CirculationRecords(
            CirculationGate gate,
            CirculationTables tables,
            Memoranda memoranda,
            StudyGroups groups,
            Directory directory,
            CirculationMail mail,
            Circulations circulations,
            ApplicationEventPublisher events) {
        this.gate = gate;
        this.tables = tables;
        this.memoranda = memoranda;
        this.groups = groups;
        this.directory = directory;
        this.mail = mail;
        this.circulations = circulations;
        this.events = events;
    }

    public CirculationView circulate(long memorandumId, CirculationForm form) {
        gate.requireDrafter(memorandumId);
        MemorandumView memorandum = memoranda.find(memorandumId);
        StudyGroupView group = groups.find(memorandum.studyGroupId())
                .orElseThrow(() -> new RecordNotFound(
                        "Study group", memorandum.studyGroupId().value()));
        Instant now = clock.instant();
        int version = requireVersion(memorandumId, form.version());
        Instant deadline = form.deadline();
        if (deadline == null) {
            throw InvalidRecord.of("deadline", "required", "a circulation needs a deadline");
        }
        if (!deadline.isAfter(now)) {
            throw InvalidRecord.of("deadline", "future", "the deadline must be in the future");
        }
        List<Recipient> recipients = recipients(group, form);
        String by = CurrentAccount.get().map(a -> a.getUsername()).orElse("plenary");
        String note = form.note() == null ? "" : form.note().strip();
        long id = tables.insert(memorandumId, group.id().value(), version, deadline, note, by, now);
        List<StoredRecipient> stored = new ArrayList<>();
        for (Recipient r : recipients) {
            long rid = tables.insertRecipient(id, r.kind(), r.committeeId(), r.personId(), r.name(), r.email());
            stored.add(tables.recipient(rid).orElseThrow());
        }
        StoredCirculation circulation = tables.find(id).orElseThrow();
        mail.queue(circulation, memorandum.title(), stored, now);
        events.publishEvent(
                new CirculationSent(id, new MemorandumId(memorandumId), version, deadline, recipients.size(), by, now));
        return circulations.view(circulation);
    }

    /** Revokes an outside recipient's personal link: from now on it opens nothing. */
    public CirculationView revokeLink(long memorandumId, long circulationId, long recipientId) {
        gate.requireDrafter(memorandumId);
        StoredCirculation circulation = gate.readable(memorandumId, circulationId);
        StoredRecipient recipient = tables.recipient(recipientId)
                .filter(r -> r.circulationId() == circulationId && r.kind() == RecipientKind.OUTSIDER)
                .orElseThrow(() -> new RecordNotFound("Outside recipient", recipientId));
        if (recipient.linkRevokedAt() == null) {
            Instant now = clock.instant();
            tables.revokeLink(recipientId, now);
            String by = CurrentAccount.get().map(a -> a.getUsername()).orElse("plenary");
            events.publishEvent(
                    new PersonalLinkRevoked(circulationId, new MemorandumId(memorandumId), recipientId, by, now));
        }
        return circulations.view(circulation);
    }

    private int requireVersion(long memorandumId, @Nullable Integer version) {
        if (version == null) {
            throw InvalidRecord.of("version", "required", "name the frozen version to circulate");
        }
        if (memoranda.versions(memorandumId).stream().noneMatch(v -> v.number() == version)) {
            throw InvalidRecord.of("version", "exists", "the memorandum has no version " + version);
        }
        return version;
    }

    private List<Recipient> recipients(StudyGroupView group, CirculationForm form) {
        List<Recipient> recipients = new ArrayList<>();
        Set<Long> committees = new LinkedHashSet<>(form.committeeIds() == null ? List.of() : form.committeeIds());
        int i = 0;
        for (Long id : committees) {
            CommitteeView committee =
                    id == null ? null : directory.committee(new CommitteeId(id)).orElse(null);
            if (committee == null || !group.committeeIds().contains(committee.id())) {
                throw InvalidRecord.of(
                        "committeeIds[" + i + "]",
                        "of-study-group",
                        "committee " + id + " is not a member committee of the study group");
            }
            recipients.add(new Recipient(RecipientKind.COMMITTEE, id, null, committee.shortName(), null));
            i++;
        }
        i = 0;
        for (Long id : new LinkedHashSet<>(form.personIds() == null ? List.of() : form.personIds())) {
            PersonView person =
                    id == null ? null : directory.person(new PersonId(id)).orElse(null);
            if (person == null || !inGroup(group, person)) {
                throw InvalidRecord.of(
                        "personIds[" + i + "]",
                        "of-study-group",
                        "person " + id + " neither leads the study group nor belongs to one of its committees");
            }
            recipients.add(new Recipient(RecipientKind.PERSON, null, id, person.name(), person.email()));
            i++;
        }
        List<CirculationForm.Outsider> outsiders = form.outsiders() == null ? List.of() : form.outsiders();
        for (i = 0; i < outsiders.size(); i++) {
            CirculationForm.Outsider o = outsiders.get(i);
            String name = o == null || o.name() == null ? "" : o.name().strip();
            String email = o == null || o.email() == null ? "" : o.email().strip();
            if (name.isEmpty()) {
                throw InvalidRecord.of("outsiders[" + i + "].name", "required", "an outside recipient needs a name");
            }
            if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw InvalidRecord.of(
                        "outsiders[" + i + "].email", "email", "an outside recipient needs an e-mail" + " address");
            }
            recipients.add(new Recipient(RecipientKind.OUTSIDER, null, null, name, email.toLowerCase(Locale.ROOT)));
        }
        if (recipients.isEmpty()) {
            throw InvalidRecord.of("committeeIds", "required", "a circulation needs at least one recipient");
        }
        return recipients;
    }

    private static boolean inGroup(StudyGroupView group, PersonView person) {
        return group.isLedBy(person.id())
                || person.committeeId() != null && group.committeeIds().contains(person.committeeId());
    }

    private record Recipient(
            RecipientKind kind,
            @Nullable Long committeeId,
            @Nullable Long personId,
            String name,
            @Nullable String email) {}
}
