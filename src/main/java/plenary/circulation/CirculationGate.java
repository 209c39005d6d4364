package plenary.circulation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import plenary.circulation.internal.CirculationTables;
import plenary.circulation.internal.StoredCirculation;
import plenary.circulation.internal.StoredRecipient;
import plenary.directory.CommitteeId;
import plenary.directory.CurrentAccount;
import plenary.directory.Directory;
import plenary.directory.PersonView;
import plenary.drafting.Memoranda;
import plenary.kernel.RecordNotFound;

/**
 * Who may do what with a circulation: the memorandum's drafters (its group's co-chairs and the secretariat, and
 * its rapporteurs where the group lets them) circulate, revoke links and decide; a recipient answers (a committee
 * through its representatives); anyone signed in reads.
 */
@Component
class CirculationGate {

    private final Memoranda memoranda;
    private final CirculationTables tables;
    private final Directory directory;

    CirculationGate(Memoranda memoranda, CirculationTables tables, Directory directory) {
        this.memoranda = memoranda;
        this.tables = tables;
        this.directory = directory;
    }

    void requireDrafter(long memorandumId) {
        if (!memoranda.mayDraft(memorandumId)) {
            throw new AccessDeniedException(
                    "Only the study group's co-chairs and the secretariat circulate its memorandum and decide on"
                            + " what comes back.");
        }
    }

    boolean mayDraft(long memorandumId) {
        return memoranda.mayDraft(memorandumId);
    }

    /** The circulation of this memorandum, for a signed-in reader. */
    StoredCirculation readable(long memorandumId, long circulationId) {
        memoranda.requireReadable(memorandumId);
        return tables.find(circulationId)
                .filter(c -> c.memorandumId() == memorandumId)
                .orElseThrow(() -> new RecordNotFound("Circulation", circulationId));
    }

    private static boolean represents(
            Map<CommitteeId, List<PersonView>> representatives, @Nullable Long committee, long person) {
        return committee != null
                && representatives.getOrDefault(new CommitteeId(committee), List.of()).stream()
                        .anyMatch(p -> p.id().value() == person);
    }

    /** The circulations of this memorandum, for a signed-in reader. */
    List<StoredCirculation> ofMemorandum(long memorandumId) {
        memoranda.requireReadable(memorandumId);
        return tables.ofMemorandum(memorandumId);
    }

    /** The recipient the signed-in person answers for: a committee they represent first, else themselves. */
    Optional<StoredRecipient> answeringFor(StoredCirculation circulation) {
        Optional<Long> person = CurrentAccount.personId();
        if (person.isEmpty()) {
            return Optional.empty();
        }
        List<StoredRecipient> recipients = tables.recipients(circulation.id());
        // The representatives of every committee the circulation went to, in one statement.
        Map<CommitteeId, List<PersonView>> representatives = directory.representatives(recipients.stream()
                .map(StoredRecipient::committeeId)
                .filter(Objects::nonNull)
                .map(CommitteeId::new)
                .toList());
        return recipients.stream()
                .filter(r -> r.kind() == RecipientKind.COMMITTEE
                        && represents(representatives, r.committeeId(), person.get()))
                .findFirst()
                .or(() -> recipients.stream()
                        .filter(r ->
                                r.kind() == RecipientKind.PERSON && person.get().equals(r.personId()))
                        .findFirst());
    }
}
