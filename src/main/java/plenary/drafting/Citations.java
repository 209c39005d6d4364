package plenary.drafting;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import plenary.meetings.MeetingSummary;
import plenary.meetings.Meetings;
import plenary.studygroups.StudyGroupId;

/** What a memorandum's paragraphs may cite: the proposals put forward at its own study group's meetings. */
@Component
class Citations {

    private final Meetings meetings;

    Citations(Meetings meetings) {
        this.meetings = meetings;
    }

    Set<Long> proposalsOf(StudyGroupId group) {
        Set<Long> ids = new HashSet<>();
        for (MeetingSummary meeting : meetings.ofStudyGroup(group)) {
            meetings.record(meeting.id()).ifPresent(r -> r.proposals().forEach(p -> ids.add(p.id())));
        }
        return ids;
    }
}
