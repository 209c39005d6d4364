package plenary.calendars.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.meetings.Meetings;
import plenary.reports.PublishedReport;
import plenary.reports.PublishedReports;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/**
 * A study group's public feed: the dates and places of the meetings whose reports were published, which the public
 * reads already; nothing of a meeting whose report is unpublished, and nothing of a group not yet under way.
 */
@Component
@Transactional(readOnly = true)
public class PublicFeed {

    private final StudyGroups groups;
    private final Meetings meetings;
    private final PublishedReports reports;

    PublicFeed(StudyGroups groups, Meetings meetings, PublishedReports reports) {
        this.groups = groups;
        this.meetings = meetings;
        this.reports = reports;
    }

    /** The group's public feed, or empty for an unknown group or one only proposed. */
    public Optional<Feed> of(StudyGroupId id) {
        Optional<StudyGroupView> found = groups.find(id).filter(g -> g.status().underWay());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StudyGroupView group = found.get();
        Set<Long> published =
                reports.all().stream().map(PublishedReport::meetingId).collect(Collectors.toSet());
        List<FeedEntry> entries = meetings.ofStudyGroup(group).stream()
                .filter(m -> published.contains(m.id().value()))
                .map(m -> Entries.publicMeeting(m, group))
                .toList();
        return Optional.of(new Feed("Plenary: " + group.title(), entries));
    }
}
