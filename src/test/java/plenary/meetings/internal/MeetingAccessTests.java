package plenary.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import plenary.directory.PersonId;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupStatus;
import plenary.studygroups.StudyGroupView;

class MeetingAccessTests {

    static final long CO_CHAIR = 1,
            RAPPORTEUR = 2,
            OTHER = 3,
            MEETING_RAPPORTEUR = 4,
            PRESENTER = 5,
            MEETING_CO_CHAIR = 6;
    final StudyGroupView group = new StudyGroupView(
            new StudyGroupId(10),
            "Multilateral Security Governance in Northeast Asia",
            "",
            StudyGroupStatus.ACTIVE,
            3,
            List.of(new PersonId(CO_CHAIR)),
            List.of(new PersonId(RAPPORTEUR)),
            List.of(),
            0);
    final Map<Long, Capacity> participants = Map.of(
            MEETING_RAPPORTEUR,
            Capacity.RAPPORTEUR,
            PRESENTER,
            Capacity.PRESENTER,
            MEETING_CO_CHAIR,
            Capacity.CO_CHAIR);

    MeetingAccess as(Long personId) {
        return MeetingAccess.toMeeting(new Viewer(true, false, personId), group, participants);
    }

    @Test
    void theGroupsCoChairsAndRapporteursCreateMeetingsAndNoOneElseButTheSecretariat() {
        assertThat(MeetingAccess.toGroup(new Viewer(true, false, CO_CHAIR), group)
                        .mayCreateMeeting())
                .isTrue();
        assertThat(MeetingAccess.toGroup(new Viewer(true, false, RAPPORTEUR), group)
                        .mayCreateMeeting())
                .isTrue();
        assertThat(MeetingAccess.toGroup(new Viewer(true, true, null), group).mayCreateMeeting())
                .isTrue();
        assertThat(MeetingAccess.toGroup(new Viewer(true, false, OTHER), group).mayCreateMeeting())
                .isFalse();
        assertThat(MeetingAccess.toGroup(new Viewer(true, false, MEETING_RAPPORTEUR), group)
                        .mayCreateMeeting())
                .isFalse();
        assertThat(MeetingAccess.toGroup(Viewer.PUBLIC, group).mayCreateMeeting())
                .isFalse();
    }

    @Test
    void aMeetingsOwnRapporteursAndCoChairsEditItButNotOtherParticipants() {
        assertThat(as(MEETING_RAPPORTEUR).mayEdit()).isTrue();
        assertThat(as(MEETING_CO_CHAIR).mayEdit()).isTrue();
        assertThat(as(CO_CHAIR).mayEdit()).isTrue();
        assertThat(as(RAPPORTEUR).mayEdit()).isTrue();
        assertThat(as(PRESENTER).mayEdit()).isFalse();
        assertThat(as(OTHER).mayEdit()).isFalse();
        assertThat(as(null).mayEdit()).isFalse();
    }

    @Test
    void refusalsAreAccessDenied() {
        assertThatThrownBy(() -> as(PRESENTER).requireEdit()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> MeetingAccess.toGroup(new Viewer(true, false, OTHER), group)
                        .requireCreate())
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> MeetingAccess.toMeeting(Viewer.PUBLIC, group, participants)
                        .requireRead())
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theNamedRecordOfANonAttributedMeetingIsForItsParticipantsAndItsKeepers() {
        AttributionRule rule = AttributionRule.BY_NATIONALITY;
        assertThat(as(PRESENTER).seesNamedRecord(rule)).isTrue();
        assertThat(as(CO_CHAIR).seesNamedRecord(rule)).isTrue();
        assertThat(as(RAPPORTEUR).seesNamedRecord(rule)).isTrue();
        assertThat(MeetingAccess.toMeeting(new Viewer(true, true, null), group, participants)
                        .seesNamedRecord(rule))
                .isTrue();
        assertThat(as(OTHER).seesNamedRecord(rule)).isFalse();
        assertThat(as(null).seesNamedRecord(AttributionRule.NONE)).isFalse();
    }

    @Test
    void aNamedMeetingIsNamedForEveryoneSignedInButNotForThePublic() {
        assertThat(as(OTHER).seesNamedRecord(AttributionRule.NAMED)).isTrue();
        assertThat(MeetingAccess.toMeeting(Viewer.PUBLIC, group, participants).seesNamedRecord(AttributionRule.NAMED))
                .isFalse();
    }
}
