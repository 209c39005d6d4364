package plenary.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import plenary.PlenaryIntegrationTest;
import plenary.drafting.FirstDrafts.FirstDraft;
import plenary.drafting.MemorandumText.DraftParagraph;
import plenary.drafting.MemorandumText.DraftSection;
import plenary.drafting.ProposalStanding.PositionHolder;
import plenary.institutions.Institutions;
import plenary.kernel.RecordNotFound;
import plenary.meetings.MeetingRecord;
import plenary.meetings.Meetings;
import plenary.meetings.PositionStance;
import plenary.meetings.ProposalView;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroups;

/** The demo study group's memorandum, drafted from its record with no one signed in. */
@PlenaryIntegrationTest
class FirstDraftsTests {

    private static final String DEMO_GROUP = "CSCAP Study Group on Multilateral Security Governance in Northeast Asia";

    @Autowired
    FirstDrafts firstDrafts;

    @Autowired
    StudyGroups studyGroups;

    @Autowired
    Meetings meetings;

    @Autowired
    Institutions institutions;

    @Test
    void theDemoGroupsDraftSaysWhereItMetAndRecommendsWhatVladivostokSupported() {
        FirstDraft draft = firstDrafts.draft(group());

        assertThat(draft.text().title())
                .isEqualTo("Memorandum of the CSCAP Study Group on Multilateral Security Governance in Northeast Asia");
        assertThat(draft.text().preamble())
                .isEqualTo(
                        "The CSCAP Study Group on Multilateral Security Governance in Northeast Asia held three "
                                + "meetings: the first in Seoul, Republic of Korea, on 29 November 2010; the second in Beijing, "
                                + "China, on 23 May 2011; and the third and final in Vladivostok, Russia, on 14 November 2011.");
        List<ProposalView> supported = vladivostok().proposals().stream()
                .filter(p -> p.positions().stream().anyMatch(x -> x.stance() == PositionStance.SUPPORTS))
                .toList();
        assertThat(supported).isNotEmpty();
        for (ProposalView proposal : supported) {
            assertThat(citing(draft, proposal.id())).as(proposal.text()).hasSize(1);
        }
        assertThat(citing(draft, opposedOnly().id())).isEmpty();
    }

    @Test
    void theModalityProposalIsRecommendedUnderItsSessionsThemeWithItsStandingBesideIt() {
        FirstDraft draft = firstDrafts.draft(group());
        ProposalView modality = proposal("modify the modality of the Six Party Talks");

        DraftSection section = draft.text().sections().stream()
                .filter(s ->
                        s.paragraphs().stream().anyMatch(p -> p.proposalIds().contains(modality.id())))
                .findFirst()
                .orElseThrow();
        DraftParagraph paragraph = citing(draft, modality.id()).get(0);

        assertThat(section.heading())
                .isEqualTo("Multilateral institutions and processes in Northeast Asia: history and present state");
        assertThat(paragraph.text())
                .isEqualTo("The Study Group recommends that the region's governments modify the modality of the Six "
                        + "Party Talks and expand its agenda to include other aspects such as economic cooperation "
                        + "with North Korea.");
        assertThat(paragraph.institutionIds())
                .containsExactly(
                        institutions.named("Six Party Talks").orElseThrow().id());
        assertThat(draft.standings().get(paragraph.key())).singleElement().satisfies(standing -> {
            assertThat(standing.putForwardAt()).isEqualTo("the third and final meeting, in Vladivostok");
            assertThat(standing.supporters())
                    .containsExactly(new PositionHolder(
                            standing.supporters().get(0).personId(),
                            "Kenta Oyamada",
                            "CSCAP-Japan",
                            "the way of dealing with the nuclear issue had to be changed"));
            assertThat(standing.opponents()).isEmpty();
        });
    }

    @Test
    void theStandingsOfCitedProposalsAndTheProposalsAMemorandumMayCite() {
        ProposalView linkage = opposedOnly();
        StudyGroupId group = group();

        assertThat(firstDrafts
                        .standings(group, List.of(linkage.id()))
                        .get(linkage.id())
                        .opponents())
                .extracting(PositionHolder::name, PositionHolder::committee)
                .containsExactly(tuple("Zhou Mingyuan", "CSCAP-China"));
        assertThat(firstDrafts.proposalIds(group))
                .containsAll(
                        vladivostok().proposals().stream().map(ProposalView::id).toList());
        assertThat(firstDrafts.standings(new StudyGroupId(Long.MAX_VALUE), List.of(linkage.id())))
                .isEmpty();
        assertThatThrownBy(() -> firstDrafts.draft(new StudyGroupId(Long.MAX_VALUE)))
                .isInstanceOf(RecordNotFound.class);
    }

    private static List<DraftParagraph> citing(FirstDraft draft, long proposalId) {
        return draft.text().sections().stream()
                .flatMap(s -> s.paragraphs().stream())
                .filter(p -> p.proposalIds().contains(proposalId))
                .toList();
    }

    private ProposalView opposedOnly() {
        return proposal("link the pipeline issue");
    }

    private ProposalView proposal(String opening) {
        return vladivostok().proposals().stream()
                .filter(p -> p.text().startsWith(opening))
                .findFirst()
                .orElseThrow();
    }

    private MeetingRecord vladivostok() {
        return meetings.ofStudyGroup(group()).stream()
                .filter(m -> m.city().equals("Vladivostok"))
                .findFirst()
                .flatMap(m -> meetings.record(m.id()))
                .orElseThrow();
    }

    private StudyGroupId group() {
        return studyGroups.all().stream()
                .filter(g -> g.title().equals(DEMO_GROUP))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
