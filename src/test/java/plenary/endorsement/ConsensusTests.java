package plenary.endorsement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import plenary.endorsement.Consensus.Standing;
import plenary.endorsement.Consensus.Verdict;
import plenary.studygroups.ConsensusRule;

/** The study group's three rules, on hand-written answers of three committees. */
class ConsensusTests {

    static final Standing JAPAN_ENDORSES = new Standing("CSCAP-Japan", Answer.ENDORSES);
    static final Standing JAPAN_RESERVES = new Standing("CSCAP-Japan", Answer.ENDORSES_WITH_RESERVATION);
    static final Standing KOREA_ENDORSES = new Standing("CSCAP-Korea", Answer.ENDORSES);
    static final Standing KOREA_SILENT = new Standing("CSCAP-Korea", null);
    static final Standing RUSSIA_ENDORSES = new Standing("CSCAP-Russia", Answer.ENDORSES);
    static final Standing RUSSIA_OBJECTS = new Standing("CSCAP-Russia", Answer.OBJECTS);
    static final Standing RUSSIA_ABSTAINS = new Standing("CSCAP-Russia", Answer.ABSTAINS);

    @Test
    void fullConsensusWantsEveryCommitteeToEndorseWithoutReservation() {
        assertThat(full(JAPAN_ENDORSES, KOREA_ENDORSES, RUSSIA_ENDORSES).met()).isTrue();
        assertThat(full(JAPAN_RESERVES, KOREA_ENDORSES, RUSSIA_ENDORSES).reasons())
                .containsExactly("CSCAP-Japan endorses only with a reservation; the group's rule is full consensus:"
                        + " every participating committee must endorse without reservation.");
        Verdict open = full(JAPAN_ENDORSES, KOREA_SILENT, RUSSIA_ABSTAINS);
        assertThat(open.met()).isFalse();
        assertThat(open.reasons())
                .containsExactly(
                        "CSCAP-Korea has not answered yet; the group's rule is full consensus: every participating"
                                + " committee must endorse without reservation.",
                        "CSCAP-Russia abstains; the group's rule is full consensus: every participating committee"
                                + " must endorse without reservation.");
    }

    @Test
    void consensusWithReservationsCountsAReservationAsAnEndorsementButNotAnObjection() {
        assertThat(reservations(JAPAN_RESERVES, KOREA_ENDORSES, RUSSIA_ENDORSES).met())
                .isTrue();
        assertThat(reservations(JAPAN_RESERVES, KOREA_ENDORSES, RUSSIA_OBJECTS).reasons())
                .containsExactly("CSCAP-Russia objects; the group's rule is consensus: every participating committee"
                        + " must endorse, with or without reservation.");
    }

    @Test
    void aQuorumWantsEnoughEndorsementsAndNoObjection() {
        assertThat(quorum(2, JAPAN_RESERVES, KOREA_ENDORSES, RUSSIA_ABSTAINS).met())
                .isTrue();
        assertThat(quorum(2, JAPAN_RESERVES, KOREA_SILENT, RUSSIA_ABSTAINS).reasons())
                .containsExactly("1 of the 2 committees the quorum requires endorses; still to answer: CSCAP-Korea.");
        assertThat(quorum(2, JAPAN_ENDORSES, KOREA_ENDORSES, RUSSIA_OBJECTS).reasons())
                .containsExactly("CSCAP-Russia objects; the group's rule is a quorum: no committee may object.");
    }

    @Test
    void noCommitteeNoConsensus() {
        assertThat(Consensus.judge(ConsensusRule.FULL_CONSENSUS, null, List.of())
                        .met())
                .isFalse();
    }

    private static Verdict full(Standing... committees) {
        return Consensus.judge(ConsensusRule.FULL_CONSENSUS, null, List.of(committees));
    }

    private static Verdict reservations(Standing... committees) {
        return Consensus.judge(ConsensusRule.CONSENSUS_WITH_RESERVATIONS, null, List.of(committees));
    }

    private static Verdict quorum(int quorum, Standing... committees) {
        return Consensus.judge(ConsensusRule.QUORUM, quorum, List.of(committees));
    }
}
