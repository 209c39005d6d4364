package plenary.endorsement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import plenary.endorsement.Consensus.Standing;
import plenary.endorsement.Consensus.Verdict;
import plenary.studygroups.ConsensusRule;

/** The study group's three rules, on hand-written answers of three committees. */
class ConsensusTests {

    static final Standing JAPAN_ENDORSES = new Standing("CSCAP-Japan", Answer.ENDORSES);
    static final Standing JAPAN_RESERVES = new Standing("CSCAP-Japan", Answer.ENDORSES_WITH_RESERVATION);
    static final Standing JAPAN_SILENT = new Standing("CSCAP-Japan", null);
    static final Standing KOREA_ENDORSES = new Standing("CSCAP-Korea", Answer.ENDORSES);
    static final Standing KOREA_SILENT = new Standing("CSCAP-Korea", null);
    static final Standing RUSSIA_ENDORSES = new Standing("CSCAP-Russia", Answer.ENDORSES);
    static final Standing RUSSIA_OBJECTS = new Standing("CSCAP-Russia", Answer.OBJECTS);
    static final Standing RUSSIA_ABSTAINS = new Standing("CSCAP-Russia", Answer.ABSTAINS);

    @Test
    void fullConsensusWantsEveryCommitteeToEndorseWithoutReservation() {
        assertThat(full(JAPAN_ENDORSES, KOREA_ENDORSES, RUSSIA_ENDORSES).met()).isTrue();
        assertThat(english(full(JAPAN_RESERVES, KOREA_ENDORSES, RUSSIA_ENDORSES)))
                .containsExactly("CSCAP-Japan endorses only with a reservation; the group's rule is full consensus:"
                        + " every participating committee must endorse without reservation.");
        Verdict open = full(JAPAN_ENDORSES, KOREA_SILENT, RUSSIA_ABSTAINS);
        assertThat(open.met()).isFalse();
        assertThat(english(open))
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
        assertThat(english(reservations(JAPAN_RESERVES, KOREA_ENDORSES, RUSSIA_OBJECTS)))
                .containsExactly("CSCAP-Russia objects; the group's rule is consensus: every participating committee"
                        + " must endorse, with or without reservation.");
    }

    @Test
    void aQuorumWantsEnoughEndorsementsAndNoObjection() {
        assertThat(quorum(2, JAPAN_RESERVES, KOREA_ENDORSES, RUSSIA_ABSTAINS).met())
                .isTrue();
        assertThat(english(quorum(2, JAPAN_RESERVES, KOREA_SILENT, RUSSIA_ABSTAINS)))
                .containsExactly("1 of the 2 committees the quorum requires endorses; still to answer: CSCAP-Korea.");
        assertThat(english(quorum(2, JAPAN_ENDORSES, KOREA_ENDORSES, RUSSIA_OBJECTS)))
                .containsExactly("CSCAP-Russia objects; the group's rule is a quorum: no committee may object.");
    }

    @Test
    void noCommitteeNoConsensus() {
        assertThat(Consensus.judge(ConsensusRule.FULL_CONSENSUS, null, List.of())
                        .met())
                .isFalse();
    }

    @Test
    void aReasonIsSaidInRussianWithTheVerbAndTheCountsInTheirRightForms() {
        assertThat(russian(full(JAPAN_RESERVES, KOREA_ENDORSES, RUSSIA_OBJECTS)))
                .containsExactly(
                        "CSCAP-Russia возражает; правило группы — полный консенсус: все участвующие комитеты должны"
                                + " одобрить без оговорок.",
                        "CSCAP-Japan одобряет только с оговоркой; правило группы — полный консенсус: все участвующие"
                                + " комитеты должны одобрить без оговорок.");
        assertThat(russian(reservations(JAPAN_ENDORSES, KOREA_SILENT, new Standing("CSCAP-Russia", null))))
                .containsExactly("CSCAP-Korea, CSCAP-Russia ещё не ответили; правило группы — консенсус: все"
                        + " участвующие комитеты должны одобрить, с оговорками или без.");
        assertThat(russian(quorum(5, JAPAN_ENDORSES, KOREA_ENDORSES, RUSSIA_ABSTAINS)))
                .containsExactly(
                        "Кворум требует одобрения 5 комитетов, а одобрили 2 комитета; ещё не ответили: никто.");
        assertThat(russian(quorum(2, JAPAN_RESERVES, KOREA_SILENT, RUSSIA_ABSTAINS)))
                .containsExactly("Кворум требует одобрения 2 комитетов, а одобрил 1 комитет; ещё не ответили:"
                        + " CSCAP-Korea.");
        assertThat(russian(quorum(21, JAPAN_ENDORSES, KOREA_SILENT, RUSSIA_ABSTAINS)))
                .containsExactly("Кворум требует одобрения 21 комитета, а одобрил 1 комитет; ещё не ответили:"
                        + " CSCAP-Korea.");
        assertThat(russian(quorum(3, JAPAN_SILENT, KOREA_SILENT, RUSSIA_ABSTAINS)))
                .containsExactly("Кворум требует одобрения 3 комитетов, а одобрили 0 комитетов; ещё не ответили:"
                        + " CSCAP-Japan, CSCAP-Korea.");
    }

    @Test
    void aQuorumSaysTheNumbersOfEndorsementsInEnglishToo() {
        assertThat(english(quorum(5, JAPAN_ENDORSES, KOREA_ENDORSES, RUSSIA_ABSTAINS)))
                .containsExactly("2 of the 5 committees the quorum requires endorse; still to answer: none.");
        assertThat(english(quorum(3, JAPAN_SILENT, KOREA_SILENT, RUSSIA_ABSTAINS)))
                .containsExactly("0 of the 3 committees the quorum requires endorse; still to answer: CSCAP-Japan,"
                        + " CSCAP-Korea.");
    }

    private static List<String> english(Verdict verdict) {
        return said(verdict, Locale.ENGLISH);
    }

    private static List<String> russian(Verdict verdict) {
        return said(verdict, Locale.forLanguageTag("ru"));
    }

    /** The reasons as the endorsement module's own bundle says them. */
    private static List<String> said(Verdict verdict, Locale language) {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasenames("i18n/endorsement");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return verdict.reasons().stream()
                .map(r -> bundle.getMessage(r, language))
                .toList();
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
