package plenary.institutions.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionKind;
import plenary.institutions.InstitutionStatus;

class OverlapTests {

    private static Membership membership(long id, String acronym, String... states) {
        return new Membership(
                new InstitutionId(id),
                "Institution " + acronym,
                acronym,
                InstitutionKind.FORUM,
                InstitutionStatus.ACTIVE,
                Set.of(states));
    }

    private static List<String> labels(List<Membership> institutions) {
        return institutions.stream().map(Membership::label).toList();
    }

    @Test
    void nestedInstitutionsBecomeNestedBars() {
        Overlap overlap = Overlap.of(List.of(
                membership(1, "ASEAN", "ID", "SG"),
                membership(2, "APT", "ID", "SG", "CN"),
                membership(3, "ARF", "ID", "SG", "CN", "AU", "CA"),
                membership(4, "EAS", "ID", "SG", "CN", "AU")));

        assertThat(labels(overlap.institutions())).containsExactly("ARF", "EAS", "APT", "ASEAN");
        // ARF's own member at one end, then APT's one beyond ASEAN, ASEAN's pair, and the EAS's one beyond APT.
        assertThat(overlap.states()).containsExactly("CA", "CN", "ID", "SG", "AU");
    }

    @Test
    void anInstitutionAcrossALargerOneStaysInOnePiece() {
        Overlap overlap = Overlap.of(List.of(
                membership(1, "6PT", "CN", "JP", "KP"),
                membership(2, "TPP", "AU", "US", "CL", "PE"),
                membership(3, "EAS", "AU", "CN", "JP", "US", "IN")));

        assertThat(labels(overlap.institutions())).containsExactly("EAS", "TPP", "6PT");
        // The EAS's states first, ending in those it shares with the TPP; the TPP's own follow them.
        assertThat(overlap.states()).containsExactly("IN", "CN", "JP", "AU", "US", "CL", "PE", "KP");
    }

    @Test
    void pairsAreTheInstitutionsThatShareMembersWithTheStatesTheyShare() {
        Overlap overlap = Overlap.of(List.of(
                membership(1, "6PT", "CN", "JP", "KP"),
                membership(2, "TPP", "AU", "US", "CL", "PE"),
                membership(3, "EAS", "AU", "CN", "JP", "US", "IN")));

        assertThat(overlap.pairs())
                .extracting(p -> p.first().label() + "+" + p.second().label() + ": " + p.shared())
                .containsExactly("EAS+TPP: [AU, US]", "EAS+6PT: [CN, JP]");
    }

    @Test
    void institutionsWithoutMembersComeLastAndAreNotDrawn() {
        Overlap overlap = Overlap.of(List.of(
                membership(1, "Energy regime"),
                membership(2, "TCS", "CN", "JP", "KR"),
                membership(3, "KEDO", "JP", "KR", "US")));

        assertThat(labels(overlap.institutions())).containsExactly("KEDO", "TCS", "Energy regime");
        assertThat(labels(overlap.drawn())).containsExactly("KEDO", "TCS");
        assertThat(labels(overlap.of("KR"))).containsExactly("KEDO", "TCS");
        assertThat(overlap.pairs())
                .extracting(p -> p.first().label() + "+" + p.second().label() + ": " + p.shared())
                .containsExactly("KEDO+TCS: [JP, KR]");
    }

    @Test
    void theOrderDoesNotDependOnTheOrderOfTheInput() {
        List<Membership> memberships = List.of(
                membership(1, "6PT", "CN", "JP", "KP", "KR", "RU", "US"),
                membership(2, "4PT", "CN", "KP", "KR", "US"),
                membership(3, "KEDO", "JP", "KR", "US"));

        Overlap forwards = Overlap.of(memberships);
        List<Membership> reversed = new ArrayList<>(memberships);
        Collections.reverse(reversed);
        Overlap backwards = Overlap.of(reversed);

        assertThat(backwards.states()).isEqualTo(forwards.states());
        assertThat(labels(backwards.institutions())).isEqualTo(labels(forwards.institutions()));
    }
}
