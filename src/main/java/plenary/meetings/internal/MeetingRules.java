package plenary.meetings.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeView;
import plenary.directory.Directory;
import plenary.kernel.Rules;
import plenary.meetings.MeetingForm;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroups;

/** The rules a meeting's own fields keep; those of what it holds are checked by the services of each kind. */
@Component
public class MeetingRules {

    private final MeetingRepository meetings;
    private final StudyGroups studyGroups;
    private final Directory directory;

    MeetingRules(MeetingRepository meetings, StudyGroups studyGroups, Directory directory) {
        this.meetings = meetings;
        this.studyGroups = studyGroups;
        this.directory = directory;
    }

    /** @param stored the meeting being changed, or null for a new one */
    public void enforce(MeetingForm f, @Nullable Meeting stored) {
        Rules rules = new Rules().required(f.studyGroupId(), "studyGroupId");
        if (stored == null && f.studyGroupId() != null) {
            rules.check(
                    studyGroups.find(new StudyGroupId(f.studyGroupId())).isPresent(),
                    "studyGroupId",
                    "exists",
                    "must name an existing study group");
        }
        if (stored != null && f.studyGroupId() != null) {
            rules.check(
                    f.studyGroupId().equals(stored.studyGroupId()),
                    "studyGroupId",
                    "unchanged",
                    "cannot change: a meeting stays in its study group");
        }
        rules.required(f.ordinal(), "ordinal")
                .check(f.ordinal() == null || f.ordinal() >= 1, "ordinal", "range", "must be 1 or more")
                .check(
                        ordinalIsFree(f, stored),
                        "ordinal",
                        "unique",
                        "the study group already has a meeting with this ordinal")
                .maxLength(f.title(), 300, "title")
                .required(f.startsOn(), "startsOn")
                .check(
                        f.endsOn() == null
                                || f.startsOn() == null
                                || !f.endsOn().isBefore(f.startsOn()),
                        "endsOn",
                        "order",
                        "must not be before startsOn")
                .required(f.city(), "city")
                .maxLength(f.city(), 120, "city")
                .required(f.country(), "country")
                .check(
                        f.expertsCount() == null || f.expertsCount() >= 0,
                        "expertsCount",
                        "range",
                        "must not be negative")
                .check(
                        f.committeesCount() == null || f.committeesCount() >= 0,
                        "committeesCount",
                        "range",
                        "must not be negative")
                .required(f.attributionRule(), "attributionRule");
        if (f.hostCommitteeId() != null) {
            Optional<CommitteeView> host = directory.committee(new CommitteeId(f.hostCommitteeId()));
            rules.check(host.isPresent(), "hostCommitteeId", "exists", "must name an existing member committee")
                    .check(
                            host.isEmpty() || host.get().kind() == CommitteeKind.MEMBER_COMMITTEE,
                            "hostCommitteeId",
                            "member-committee",
                            "must name a member committee");
        }
        rules.enforce();
    }

    private boolean ordinalIsFree(MeetingForm f, @Nullable Meeting stored) {
        Long group = stored != null ? stored.studyGroupId() : f.studyGroupId();
        if (group == null || f.ordinal() == null) {
            return true;
        }
        return meetings.findByStudyGroupIdAndOrdinal(group, f.ordinal())
                .filter(other -> stored == null || other.savedId() != stored.savedId())
                .isEmpty();
    }
}
