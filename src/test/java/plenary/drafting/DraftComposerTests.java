package plenary.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.drafting.MeetingFixture.GROUP;
import static plenary.drafting.MeetingFixture.meeting;
import static plenary.drafting.MeetingFixture.opposes;
import static plenary.drafting.MeetingFixture.supports;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import plenary.directory.Nationality;
import plenary.drafting.MemorandumText.DraftParagraph;
import plenary.drafting.MemorandumText.DraftSection;
import plenary.institutions.InstitutionId;
import plenary.meetings.MeetingRecord;

/**
 * The first draft has a section per theme of the group's sessions and a recommendation for each supported
 * proposal, in the section where it was put forward; keys follow the reading order.
 */
class DraftComposerTests {

    @Test
    void aGroupWithoutMeetingsGetsATitleAPreambleAndNoSections() {
        MemorandumText draft = DraftComposer.compose(GROUP, List.of(), List.of());

        assertThat(draft)
                .isEqualTo(new MemorandumText(
                        "Memorandum of the CSCAP Study Group on Energy and the Sea",
                        "The CSCAP Study Group on Energy and the Sea has held no meetings yet.",
                        List.of()));
    }

    @Test
    void sameThemesShareASectionAndEachSupportedProposalIsPlacedWhereItWasPutForward() {
        MeetingFixture seoul = meeting(1, "Seoul", Nationality.KR, LocalDate.of(2010, 11, 29));
        long dialogue = seoul.session("Energy security").say(11L, "Ha-eun Seol", 7L);
        long grid = seoul.say(12L, "Jae-won Ryu");
        // Recorded out of the order in which they were put forward.
        seoul.proposal(101, "link the region's power grids", grid, supports(11))
                .proposal(102, "develop a regional energy dialogue", dialogue, supports(12));
        MeetingFixture beijing = meeting(2, "Beijing", Nationality.CN, LocalDate.of(2011, 5, 23));
        long navies = beijing.session("Maritime Security").say(13L, "Lan Qiaoxin");
        long pipeline = beijing.session("  energy  SECURITY. ").say(null, null, 8L, 9L, 8L);
        beijing.proposal(201, "Navies should meet every year", navies, supports(14))
                .proposal(202, "build a gas pipeline", pipeline, opposes(11), supports(13))
                .proposal(203, "hold talks on the pipeline's transit fees", pipeline, opposes(12));
        MeetingFixture vladivostok = meeting(3, "Vladivostok", Nationality.RU, LocalDate.of(2011, 11, 14))
                .finalOne();
        vladivostok.session("New ideas").say(15L, "Kenta Oyamada");
        vladivostok.proposal(301, "share tide data", null, supports(15));
        List<MeetingRecord> records = List.of(seoul.record(), beijing.record(), vladivostok.record());

        MemorandumText draft = DraftComposer.compose(
                GROUP, records.stream().map(MeetingRecord::summary).toList(), records);

        assertThat(draft.title()).isEqualTo("Memorandum of the CSCAP Study Group on Energy and the Sea");
        assertThat(draft.preamble())
                .isEqualTo("The CSCAP Study Group on Energy and the Sea held three meetings: the first in Seoul, "
                        + "Republic of Korea, on 29 November 2010; the second in Beijing, China, on 23 May 2011; and "
                        + "the third and final in Vladivostok, Russia, on 14 November 2011.");
        assertThat(draft.sections())
                .containsExactly(
                        new DraftSection(
                                "sec_1",
                                "Energy security",
                                List.of(
                                        new DraftParagraph(
                                                "para_1",
                                                "The Study Group recommends that the region's governments develop a "
                                                        + "regional energy dialogue.",
                                                List.of(102L),
                                                List.of(new InstitutionId(7))),
                                        new DraftParagraph(
                                                "para_2",
                                                "The Study Group recommends that the region's governments link the "
                                                        + "region's power grids.",
                                                List.of(101L),
                                                List.of()),
                                        new DraftParagraph(
                                                "para_3",
                                                "The Study Group recommends that the region's governments build a gas "
                                                        + "pipeline.",
                                                List.of(202L),
                                                List.of(new InstitutionId(8), new InstitutionId(9))))),
                        new DraftSection(
                                "sec_2",
                                "Maritime Security",
                                List.of(new DraftParagraph(
                                        "para_4",
                                        "The Study Group recommends: Navies should meet every year.",
                                        List.of(201L),
                                        List.of()))),
                        new DraftSection("sec_3", "New ideas", List.of()),
                        new DraftSection(
                                "sec_4",
                                "Further recommendations",
                                List.of(new DraftParagraph(
                                        "para_5",
                                        "The Study Group recommends that the region's governments share tide data.",
                                        List.of(301L),
                                        List.of()))));
    }

    @Test
    void aProposalWithoutSupportGetsNoParagraphAndNoFurtherSectionIsMadeForNothing() {
        MeetingFixture only = meeting(1, "Seoul", Nationality.KR, LocalDate.of(2010, 11, 29));
        long fees = only.session("Energy security").say(11L, "Ha-eun Seol");
        only.proposal(101, "hold talks on transit fees", fees, opposes(12)).proposal(102, "share tide data", null);

        MemorandumText draft = DraftComposer.compose(GROUP, List.of(only.summary()), List.of(only.record()));

        assertThat(draft.sections()).containsExactly(new DraftSection("sec_1", "Energy security", List.of()));
    }

    @Test
    void themesAreTheSameIgnoringCasePunctuationAndSpacing() {
        assertThat(DraftComposer.sameTheme("Energy security"))
                .isEqualTo(DraftComposer.sameTheme(" energy,  SECURITY! "))
                .isNotEqualTo(DraftComposer.sameTheme("Energy securities"));
    }
}
