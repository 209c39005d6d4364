package plenary.mywork;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import plenary.directory.CommitteeId;
import plenary.directory.CurrentAccount;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.directory.PlenaryAccount;
import plenary.directory.Role;
import plenary.kernel.AwaitingWork;
import plenary.kernel.Worker;

/**
 * What awaits the signed-in person, gathered from every module that asks for work: soonest deadline first, those
 * without a deadline after them. One statement for the committee they represent, if they represent one, and one or
 * none from each module, whatever the record holds.
 */
@Component
class MyWork {

    private static final Comparator<WorkView> ORDER = Comparator.comparing(
                    WorkView::deadline, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(WorkView::kind)
            .thenComparing(v -> v.studyGroup() == null ? "" : v.studyGroup())
            .thenComparing(v -> v.about().key())
            .thenComparing(v -> v.about().args().toString());

    private final List<AwaitingWork> modules;
    private final Directory directory;

    MyWork(List<AwaitingWork> modules, Directory directory) {
        this.modules = List.copyOf(modules);
        this.directory = directory;
    }

    /** The signed-in person's work; empty for the public. */
    List<WorkView> awaiting() {
        Optional<PlenaryAccount> account = CurrentAccount.get();
        if (account.isEmpty()) {
            return List.of();
        }
        Worker worker = worker(account.get());
        Instant now = Instant.now();
        return modules.stream()
                .flatMap(m -> m.awaiting(worker).stream())
                .map(item -> WorkView.of(item, now))
                .sorted(ORDER)
                .toList();
    }

    /** Whether the signed-in account speaks for a person or is the secretariat: anyone else is asked for no work. */
    static boolean asked() {
        return CurrentAccount.personId().isPresent() || CurrentAccount.isSecretariat();
    }

    private Worker worker(PlenaryAccount account) {
        Long person = account.personId();
        return new Worker(person, account.has(Role.SECRETARIAT), represented(account, person));
    }

    private @Nullable Long represented(PlenaryAccount account, @Nullable Long person) {
        if (person == null || !account.has(Role.COMMITTEE_REPRESENTATIVE)) {
            return null;
        }
        return directory
                .person(new PersonId(person))
                .map(PersonView::committeeId)
                .map(CommitteeId::value)
                .orElse(null);
    }
}
