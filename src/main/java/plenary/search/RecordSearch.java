package plenary.search;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import plenary.directory.CurrentAccount;
import plenary.directory.PersonId;
import plenary.directory.PlenaryAccount;
import plenary.search.internal.Audience;
import plenary.search.internal.IndexSearch;
import plenary.studygroups.StudyGroups;

/**
 * Searches the group's record for the one signed in (or the public): only what they may read, speakers named only
 * where they see the meeting's named record.
 */
@Service
public class RecordSearch {

    private final IndexSearch index;
    private final StudyGroups studyGroups;

    RecordSearch(IndexSearch index, StudyGroups studyGroups) {
        this.index = index;
        this.studyGroups = studyGroups;
    }

    public SearchResults search(SearchForm form) {
        return index.search(audience(), form);
    }

    private Audience audience() {
        Optional<PlenaryAccount> account = CurrentAccount.get();
        if (account.isEmpty()) {
            return Audience.PUBLIC;
        }
        Set<String> names = new HashSet<>();
        if (CurrentAccount.isSecretariat()) {
            names.add("secretariat");
        }
        Long personId = account.get().personId();
        if (personId != null) {
            PersonId person = new PersonId(personId);
            names.add("person:" + personId);
            studyGroups.ledBy(person).forEach(g -> names.add("group:" + g.value()));
        }
        return new Audience(true, Set.copyOf(names));
    }
}
