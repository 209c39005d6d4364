package plenary.institutions.map;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import plenary.institutions.InstitutionView;
import plenary.institutions.Institutions;
import plenary.institutions.MemberState;

/** The memberships the pictures are drawn from, read from the institutions for one day. */
@Component
class Memberships {

    private final Institutions institutions;

    Memberships(Institutions institutions) {
        this.institutions = institutions;
    }

    /** The institutions of that day, each with the states that were its members then. */
    List<Membership> asOf(LocalDate day) {
        // Proposed institutions have no day of their own, so no map of a past day can hold them.
        return institutions.asOf(day).stream().map(Memberships::membership).toList();
    }

    private static Membership membership(InstitutionView institution) {
        Set<String> states = institution.members().stream()
                .map(MemberState::country)
                .filter(c -> c != null && !c.isBlank())
                .collect(Collectors.toSet());
        return new Membership(
                institution.id(),
                institution.name(),
                institution.acronym(),
                institution.kind(),
                institution.status(),
                states);
    }
}
