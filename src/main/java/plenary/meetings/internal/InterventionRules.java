package plenary.meetings.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import plenary.institutions.IssueArea;
import plenary.kernel.Rules;
import plenary.meetings.AttributionRule;
import plenary.meetings.InterventionForm;
import plenary.meetings.Link;

/**
 * The rules an intervention keeps: its session is one of the meeting's, its speaker took part, its subjects exist,
 * and its links point to another intervention of the same study group, made at this meeting or an earlier one.
 */
@Component
public class InterventionRules {

    private final SessionRepository sessions;
    private final ParticipantRepository participants;
    private final InstitutionLinks institutionLinks;
    private final InterventionTargets targets;

    InterventionRules(
            SessionRepository sessions,
            ParticipantRepository participants,
            InstitutionLinks institutionLinks,
            InterventionTargets targets) {
        this.sessions = sessions;
        this.participants = participants;
        this.institutionLinks = institutionLinks;
        this.targets = targets;
    }

    /**
     * @param selfId the intervention being changed, or null for a new one
     * @param places how many positions its session offers it (itself included)
     */
    public void enforce(Meeting meeting, @Nullable Long selfId, InterventionForm f, int places) {
        Rules rules = new Rules()
                .required(f.sessionId(), "sessionId")
                .check(
                        f.sessionId() == null
                                || sessions.findById(f.sessionId())
                                        .filter(s -> s.meetingId().equals(meeting.id()))
                                        .isPresent(),
                        "sessionId",
                        "exists",
                        "must name a session of this meeting")
                .check(
                        f.position() == null || f.position() >= 1 && f.position() <= places,
                        "position",
                        "range",
                        "must be between 1 and " + places)
                .check(
                        f.speakerPersonId() == null
                                || participants
                                        .findByMeetingIdAndPersonId(meeting.savedId(), f.speakerPersonId())
                                        .isPresent(),
                        "speakerPersonId",
                        "participant",
                        "must be a participant of this meeting")
                .check(
                        f.speakerDescribedBy() == null || f.speakerPersonId() != null,
                        "speakerDescribedBy",
                        "speaker",
                        "describes a speaker: name the speaker too")
                .check(
                        f.speakerDescribedBy() != AttributionRule.NAMED
                                || meeting.attributionRule() == AttributionRule.NAMED,
                        "speakerDescribedBy",
                        "attribution",
                        "may not name a speaker of a meeting held under a non-attribution rule")
                .required(f.kind(), "kind")
                .required(f.summary(), "summary")
                .maxLength(f.summary(), 4000, "summary")
                .maxLength(f.paperTitle(), 500, "paperTitle");
        subjects(rules, f.subjects().institutionIds(), f.subjects().issueAreas());
        links(rules, new LinkCheck.Place(selfId, meeting.studyGroupId(), meeting.ordinal()), f.links());
        rules.enforce();
    }

    private void subjects(Rules rules, List<Long> institutionIds, List<IssueArea> issueAreas) {
        institutionLinks.check(rules, "subjects.institutionIds", institutionIds);
        for (int i = 0; i < issueAreas.size(); i++) {
            rules.required(issueAreas.get(i), "subjects.issueAreas[" + i + "]");
        }
    }

    private void links(Rules rules, LinkCheck.Place from, List<Link> links) {
        Map<Long, InterventionTargets.Target> found = targets.find(
                links.stream().filter(Objects::nonNull).map(Link::targetId).toList());
        for (int i = 0; i < links.size(); i++) {
            String field = "links[" + i + "]";
            Link link = links.get(i);
            rules.required(link, field);
            if (link == null) {
                continue;
            }
            rules.required(link.kind(), field + ".kind").required(link.targetId(), field + ".targetId");
            if (link.targetId() != null) {
                InterventionTargets.Target target = found.get(link.targetId());
                LinkCheck.link(field + ".targetId", from, target == null ? null : target.place())
                        .ifPresent(v -> rules.check(false, v.field(), v.rule(), v.message()));
            }
        }
    }
}
