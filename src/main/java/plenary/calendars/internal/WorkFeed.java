package plenary.calendars.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.CommitteeId;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.directory.PlenaryAccount;
import plenary.directory.Role;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingSummary;
import plenary.meetings.Meetings;
import plenary.reports.ReviewDeadline;
import plenary.reports.ReviewDeadlines;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/**
 * A person's work as a feed, read as it stands now in a fixed number of statements: the meetings of the study groups
 * the person takes part in (as a co-chair or rapporteur, through a participating committee, or at one of its
 * meetings), the open reviews of the reports of meetings the person took part in, and what the person owes the
 * memoranda ({@link MemorandumDeadlines}). One study group's feed holds only what is of that group. It is read as the
 * account, signed in for the read alone, so that every module asked answers as it would answer the person.
 */
@Component
@Transactional(readOnly = true)
public class WorkFeed {

    private final Directory directory;
    private final StudyGroups groups;
    private final Meetings meetings;
    private final ReviewDeadlines reviews;
    private final MemorandumDeadlines memoranda;

    WorkFeed(
            Directory directory,
            StudyGroups groups,
            Meetings meetings,
            ReviewDeadlines reviews,
            MemorandumDeadlines memoranda) {
        this.directory = directory;
        this.groups = groups;
        this.meetings = meetings;
        this.reviews = reviews;
        this.memoranda = memoranda;
    }

    /** The account's feed: all its person's work, or only one study group's ({@code only}). */
    public Feed of(PlenaryAccount account, @Nullable StudyGroupId only) {
        List<StudyGroupView> all = groups.all();
        Map<StudyGroupId, StudyGroupView> byId = new HashMap<>();
        all.forEach(g -> byId.put(g.id(), g));
        String name = only == null || !byId.containsKey(only)
                ? "Plenary: my work"
                : "Plenary: " + Objects.requireNonNull(byId.get(only)).title();
        Long person = account.personId();
        if (person == null) {
            return new Feed(name, List.of());
        }
        PersonId me = new PersonId(person);
        @Nullable CommitteeId committee =
                directory.person(me).map(PersonView::committeeId).orElse(null);
        Set<MeetingId> attended = meetings.attendedBy(me);
        Set<StudyGroupId> attendedGroups = meetings.studyGroupsOf(attended);
        List<StudyGroupView> mine = all.stream()
                .filter(g -> only == null || g.id().equals(only))
                .filter(g -> g.isLedBy(me)
                        || committee != null && g.committeeIds().contains(committee)
                        || attendedGroups.contains(g.id()))
                .toList();
        List<FeedEntry> entries = new ArrayList<>();
        Map<MeetingId, MeetingSummary> held = new HashMap<>();
        for (MeetingSummary m : meetings.ofStudyGroups(mine)) {
            held.put(m.id(), m);
            entries.add(Entries.meeting(m, Objects.requireNonNull(byId.get(m.studyGroupId()))));
        }
        Set<MeetingId> invited = attended.stream().filter(held::containsKey).collect(Collectors.toSet());
        for (ReviewDeadline r : reviews.open(invited)) {
            MeetingSummary m = Objects.requireNonNull(held.get(r.meetingId()));
            entries.add(Entries.review(r, m, Objects.requireNonNull(byId.get(m.studyGroupId()))));
        }
        @Nullable CommitteeId represented = account.has(Role.COMMITTEE_REPRESENTATIVE) ? committee : null;
        entries.addAll(memoranda.of(me, represented, byId, id -> only == null || only.equals(id)));
        entries.sort(Comparator.comparing(FeedEntry::uid));
        return new Feed(name, entries);
    }
}
