package plenary.imports.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeView;
import plenary.directory.Directory;
import plenary.directory.Nationality;
import plenary.imports.ImportedRecord;
import plenary.imports.ImportedRecord.Intervention;
import plenary.imports.ImportedRecord.Proposal;
import plenary.imports.ImportedRecord.Session;
import plenary.meetings.AttributionRule;
import plenary.meetings.InterventionForm;
import plenary.meetings.InterventionRecords;
import plenary.meetings.MeetingForm;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecords;
import plenary.meetings.NextTaskForm;
import plenary.meetings.NextTaskRecords;
import plenary.meetings.PositionForm;
import plenary.meetings.ProposalForm;
import plenary.meetings.ProposalRecords;
import plenary.meetings.SessionForm;
import plenary.meetings.SessionRecords;
import plenary.meetings.Subjects;

/**
 * Stores a draft's record as a meeting of a study group through the meetings module's commands, which apply their
 * own rules and access: the meeting, its sessions, interventions (speakers stay anonymous, as the report had
 * them), proposals with their positions, and next tasks. Runs in the caller's transaction, so that a refusal
 * anywhere stores nothing.
 */
@Component
public class MeetingFromDraft {

    private final MeetingRecords meetings;
    private final SessionRecords sessions;
    private final InterventionRecords interventions;
    private final ProposalRecords proposals;
    private final NextTaskRecords nextTasks;
    private final Directory directory;

    MeetingFromDraft(
            MeetingRecords meetings,
            SessionRecords sessions,
            InterventionRecords interventions,
            ProposalRecords proposals,
            NextTaskRecords nextTasks,
            Directory directory) {
        this.directory = directory;
        this.meetings = meetings;
        this.sessions = sessions;
        this.interventions = interventions;
        this.proposals = proposals;
        this.nextTasks = nextTasks;
    }

    public MeetingId store(long studyGroupId, String source, ImportedRecord record) {
        ImportedRecord.Facts facts = record.facts();
        MeetingId meeting = meetings.create(new MeetingForm(
                        studyGroupId,
                        facts.ordinal(),
                        null,
                        facts.startsOn(),
                        facts.endsOn(),
                        facts.city(),
                        nationality(facts.country()),
                        hostCommittee(facts.host()),
                        facts.expertsCount(),
                        facts.committeesCount(),
                        facts.attendanceQualifier(),
                        facts.otherRegions(),
                        AttributionRule.NONE,
                        null))
                .id();
        List<Long> sessionIds = new ArrayList<>();
        for (Session session : record.sessions()) {
            sessionIds.add(sessions.create(
                            meeting,
                            new SessionForm(
                                    session.number(),
                                    bounded(
                                            session.theme() == null ? "Session " + session.number() : session.theme(),
                                            1000),
                                    session.objectives().stream()
                                            .map(o -> bounded(o, 1000))
                                            .limit(30)
                                            .toList(),
                                    null,
                                    null))
                    .id());
        }
        List<Long> interventionIds = new ArrayList<>();
        for (Intervention intervention : record.interventions()) {
            interventionIds.add(interventions
                    .create(
                            meeting,
                            new InterventionForm(
                                    sessionIds.get(intervention.session() - 1),
                                    null,
                                    null,
                                    intervention.kind(),
                                    bounded(summary(intervention, source), 4000),
                                    null,
                                    intervention.stance(),
                                    new Subjects(
                                            intervention.institutions().stream()
                                                    .map(i -> i.id().value())
                                                    .distinct()
                                                    .limit(50)
                                                    .toList(),
                                            List.of()),
                                    List.of(),
                                    null,
                                    null))
                    .id());
        }
        for (Proposal proposal : record.proposals()) {
            proposals.create(
                    meeting,
                    new ProposalForm(
                            bounded(proposal.text(), 4000),
                            interventionIds.get(proposal.intervention() - 1),
                            proposal.positions().stream()
                                    .map(p -> new PositionForm(
                                            p.stance(), null, interventionIds.get(p.intervention() - 1), null))
                                    .toList(),
                            // A proposal's institutions are linked by a person's choice, on its page, not guessed.
                            List.of(),
                            null));
        }
        for (ImportedRecord.NextTask task : record.nextTasks()) {
            nextTasks.create(
                    meeting,
                    new NextTaskForm(
                            bounded(task.description(), 2000),
                            // A task says who does it; where the report does not, the group as a whole does.
                            task.owner() == null ? "the study group" : bounded(task.owner(), 300),
                            List.of(),
                            task.dueOn(),
                            task.dueNote() == null ? null : bounded(task.dueNote(), 300),
                            null,
                            null));
        }
        return meeting;
    }

    /** The intervention's words, without the speaker phrase the record keeps apart ("One participant"). */
    static String summary(Intervention intervention, String source) {
        String text = intervention.excerpt().in(source).replaceAll("\\s+", " ").strip();
        String speaker = intervention.speaker();
        if (speaker != null) {
            int at = text.indexOf(speaker.replaceAll("\\s+", " "));
            if (at >= 0 && at < 40 && intervention.rule().startsWith("anonymous-speaker")) {
                String rest = text.substring(
                                at + speaker.replaceAll("\\s+", " ").length())
                        .strip();
                return rest.isEmpty() ? text : rest;
            }
        }
        return text;
    }

    /**
     * The member committee the report names as host ("CSCAP-Russia"), by its name or acronym, hyphens and spaces
     * alike; none when no committee, or more than one, answers to it.
     */
    private @Nullable Long hostCommittee(@Nullable String host) {
        if (host == null) {
            return null;
        }
        String wanted = comparable(host);
        List<CommitteeView> named = directory.committees().stream()
                .filter(c -> c.kind() == CommitteeKind.MEMBER_COMMITTEE)
                .filter(c -> comparable(c.name()).equals(wanted)
                        || (c.acronym() != null && comparable(c.acronym()).equals(wanted)))
                .toList();
        return named.size() == 1 ? named.get(0).id().value() : null;
    }

    private static String comparable(String name) {
        return name.strip()
                .toLowerCase(Locale.ROOT)
                .replaceFirst("^the\\s+", "")
                .replaceAll("[\\s\\-‐–]+", " ");
    }

    private static @Nullable Nationality nationality(@Nullable String country) {
        if (country == null) {
            return null;
        }
        String c = country.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
        if (c.equals("korea") || c.equals("south korea")) {
            return Nationality.KR;
        }
        return Arrays.stream(Nationality.values())
                .filter(n -> n.country().toLowerCase(Locale.ROOT).equals(c)
                        || n.name().toLowerCase(Locale.ROOT).equals(c))
                .findFirst()
                .orElse(null);
    }

    private static String bounded(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
