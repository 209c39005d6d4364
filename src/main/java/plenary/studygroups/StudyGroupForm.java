package plenary.studygroups;

import java.util.List;

/** What the secretariat sends to create or change a study group; {@code version} is required on change. */
public record StudyGroupForm(String title, String mandate, StudyGroupStatus status, Integer plannedMeetings,
        List<Long> coChairIds, List<Long> rapporteurIds, List<Long> committeeIds, Integer version) {
}
