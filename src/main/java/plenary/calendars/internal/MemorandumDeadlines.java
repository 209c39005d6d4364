package plenary.calendars.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import plenary.circulation.CirculationDeadline;
import plenary.circulation.Circulations;
import plenary.directory.CommitteeId;
import plenary.directory.PersonId;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumId;
import plenary.drafting.MemorandumSummary;
import plenary.endorsement.EndorsementDue;
import plenary.endorsement.Endorsements;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;

/**
 * What a person owes the memoranda, as events: the circulations sent to the person or to the committee the person
 * represents (comments due by the deadline), and the endorsements that committee still owes a memorandum of a study
 * group it takes part in (asked, with no deadline).
 */
@Component
class MemorandumDeadlines {

    private final Circulations circulations;
    private final Endorsements endorsements;
    private final Memoranda memoranda;

    MemorandumDeadlines(Circulations circulations, Endorsements endorsements, Memoranda memoranda) {
        this.circulations = circulations;
        this.endorsements = endorsements;
        this.memoranda = memoranda;
    }

    /**
     * The person's events of the study groups {@code shown} lets through; {@code represented} is the committee the
     * person speaks for, if any. Read as the person, in at most four statements.
     */
    List<FeedEntry> of(
            PersonId person,
            @Nullable CommitteeId represented,
            Map<StudyGroupId, StudyGroupView> groups,
            Predicate<StudyGroupId> shown) {
        List<FeedEntry> entries = new ArrayList<>();
        for (CirculationDeadline c : circulations.addressedTo(person, represented)) {
            StudyGroupView group = groups.get(c.studyGroupId());
            if (group != null && shown.test(c.studyGroupId())) {
                entries.add(Entries.circulation(c, group));
            }
        }
        if (represented == null) {
            return entries;
        }
        List<EndorsementDue> dues = endorsements.awaiting(represented);
        if (dues.isEmpty()) {
            return entries;
        }
        Map<MemorandumId, StudyGroupId> groupOf = memoranda.all().stream()
                .collect(Collectors.toMap(MemorandumSummary::id, MemorandumSummary::studyGroupId));
        for (EndorsementDue due : dues) {
            StudyGroupId id = groupOf.get(due.memorandumId());
            StudyGroupView group = id == null ? null : groups.get(id);
            if (group != null && shown.test(group.id()) && group.committeeIds().contains(represented)) {
                entries.add(Entries.endorsement(due, group));
            }
        }
        return entries;
    }
}
