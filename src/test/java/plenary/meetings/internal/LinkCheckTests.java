package plenary.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import plenary.kernel.Violation;
import plenary.meetings.internal.LinkCheck.Place;

class LinkCheckTests {

    static final long GROUP = 1, OTHER_GROUP = 2;
    final Place thirdMeeting = new Place(30L, GROUP, 3);

    String rule(Place from, Place target) {
        return LinkCheck.link("links[0].targetId", from, target)
                .map(Violation::rule)
                .orElse(null);
    }

    @Test
    void aLinkToAnEarlierMeetingOfTheSameGroupHolds() {
        assertThat(rule(thirdMeeting, new Place(12L, GROUP, 2))).isNull();
    }

    @Test
    void aLinkWithinTheSameMeetingHolds() {
        assertThat(rule(thirdMeeting, new Place(31L, GROUP, 3))).isNull();
    }

    @Test
    void aLinkToAnotherStudyGroupIsRefused() {
        assertThat(rule(thirdMeeting, new Place(99L, OTHER_GROUP, 1))).isEqualTo("same-study-group");
    }

    @Test
    void aLinkToALaterMeetingIsRefused() {
        assertThat(rule(new Place(12L, GROUP, 2), thirdMeeting)).isEqualTo("earlier-meeting");
    }

    @Test
    void aLinkToItselfIsRefused() {
        assertThat(rule(thirdMeeting, new Place(30L, GROUP, 3))).isEqualTo("not-self");
    }

    @Test
    void aLinkToNothingIsRefused() {
        assertThat(rule(thirdMeeting, null)).isEqualTo("exists");
    }

    @Test
    void aNewInterventionCannotBeMistakenForItsTarget() {
        assertThat(rule(new Place(null, GROUP, 3), new Place(30L, GROUP, 3))).isNull();
    }

    @Test
    void theViolationNamesTheFieldItConcerns() {
        assertThat(LinkCheck.sameGroup("positions[2].interventionId", GROUP, new Place(5L, OTHER_GROUP, 1)))
                .get()
                .extracting(Violation::field)
                .isEqualTo("positions[2].interventionId");
    }
}
