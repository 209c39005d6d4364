package plenary.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.institutions.InstitutionId;
import plenary.institutions.Mention;
import plenary.institutions.MentionKind;
import plenary.institutions.MentionSource;
import plenary.meetings.internal.InstitutionReferences;
import plenary.meetings.internal.Viewer;

/**
 * The interventions whose subjects name an institution and the proposals that link it, read through
 * {@link MeetingRecords}: so the meeting's access and attribution rule decide what the one signed in sees, and an
 * excerpt names a speaker only as the record does for them ("a Russian participant").
 */
@Component
class MeetingMentions implements MentionSource {

    private final InstitutionReferences references;
    private final MeetingRecords meetings;

    MeetingMentions(InstitutionReferences references, MeetingRecords meetings) {
        this.references = references;
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Mention> mentionsOf(InstitutionId id) {
        if (!Viewer.current().signedIn()) {
            return List.of();
        }
        List<Mention> mentions = new ArrayList<>();
        for (long meetingId : references.meetingsReferringTo(id.value())) {
            MeetingRecord record = meetings.get(new MeetingId(meetingId));
            String source = "Meeting " + record.ordinal() + ", " + record.city();
            String link = "/meetings/" + record.id() + "#";
            Map<Long, SessionView> sessionOf = new HashMap<>();
            for (SessionView session : record.sessions()) {
                for (InterventionView i : session.interventionsInOrder()) {
                    sessionOf.put(i.id(), session);
                    if (i.subjects().institutionIds().contains(id.value())) {
                        mentions.add(new Mention(
                                MentionKind.INTERVENTION,
                                record.studyGroupTitle(),
                                source,
                                "Session " + session.number(),
                                Mention.excerpt(said(i.speaker(), i.summary())),
                                link + "intervention-" + i.id(),
                                record.startsOn()));
                    }
                }
            }
            for (ProposalView p : record.proposals()) {
                if (p.institutionIds().contains(id.value())) {
                    SessionView session = p.interventionId() == null ? null : sessionOf.get(p.interventionId());
                    mentions.add(new Mention(
                            MentionKind.PROPOSAL,
                            record.studyGroupTitle(),
                            source,
                            session == null ? "Proposals" : "Session " + session.number(),
                            Mention.excerpt(p.text()),
                            link + "proposal-" + p.id(),
                            record.startsOn()));
                }
            }
        }
        return mentions;
    }

    private static String said(@Nullable String speaker, String summary) {
        return speaker == null
                ? summary
                : Character.toUpperCase(speaker.charAt(0)) + speaker.substring(1) + ": " + summary;
    }
}
