package plenary.drafting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.directory.Nationality;
import plenary.directory.PersonId;
import plenary.meetings.AttributionRule;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionView;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecord;
import plenary.meetings.MeetingSummary;
import plenary.meetings.PositionStance;
import plenary.meetings.PositionView;
import plenary.meetings.ProposalView;
import plenary.meetings.SessionView;
import plenary.meetings.Subjects;
import plenary.studygroups.StudyGroupId;

/**
 * Builds a meeting's named record by hand, for tests of the first draft without a database. Ids of a meeting's
 * sessions and interventions start at its ordinal times 1000, so that the meetings of one group never share one.
 */
final class MeetingFixture {

    static final String GROUP = "CSCAP Study Group on Energy and the Sea";

    private final int ordinal;
    private final String city;
    private final Nationality country;
    private final LocalDate startsOn;
    private @Nullable LocalDate endsOn;
    private boolean finalMeeting;
    private final List<SessionView> sessions = new ArrayList<>();
    private final List<ProposalView> proposals = new ArrayList<>();
    private List<InterventionView> current = new ArrayList<>();
    private long nextId;

    private MeetingFixture(int ordinal, String city, Nationality country, LocalDate startsOn) {
        this.ordinal = ordinal;
        this.city = city;
        this.country = country;
        this.startsOn = startsOn;
        this.nextId = ordinal * 1000L;
    }

    static MeetingFixture meeting(int ordinal, String city, Nationality country, LocalDate startsOn) {
        return new MeetingFixture(ordinal, city, country, startsOn);
    }

    MeetingFixture until(LocalDate last) {
        endsOn = last;
        return this;
    }

    MeetingFixture finalOne() {
        finalMeeting = true;
        return this;
    }

    MeetingFixture session(String theme) {
        current = new ArrayList<>();
        sessions.add(new SessionView(nextId++, sessions.size() + 1, theme, List.of(), null, null, current, 0));
        return this;
    }

    /** An intervention in the last session, by the person (or no one), about these institutions; its id. */
    long say(@Nullable Long speaker, @Nullable String speakerName, Long... institutionIds) {
        long id = nextId++;
        current.add(new InterventionView(
                id,
                sessions.get(sessions.size() - 1).id(),
                current.size() + 1,
                speaker == null ? null : new PersonId(speaker),
                speakerName,
                InterventionKind.PROPOSAL,
                "spoke.",
                null,
                null,
                new Subjects(List.of(institutionIds), List.of()),
                List.of(),
                null,
                0));
        return id;
    }

    MeetingFixture proposal(long id, String text, @Nullable Long interventionId, PositionView... positions) {
        proposals.add(new ProposalView(id, text, interventionId, List.of(positions), 0));
        return this;
    }

    static PositionView supports(long person) {
        return new PositionView(PositionStance.SUPPORTS, new PersonId(person), null, null, null);
    }

    static PositionView opposes(long person) {
        return new PositionView(PositionStance.OPPOSES, new PersonId(person), null, null, null);
    }

    MeetingRecord record() {
        return new MeetingRecord(
                new MeetingId(ordinal),
                new StudyGroupId(1),
                GROUP,
                ordinal,
                finalMeeting,
                null,
                startsOn,
                endsOn,
                city,
                country,
                null,
                null,
                null,
                null,
                null,
                false,
                AttributionRule.NONE,
                true,
                0,
                List.of(),
                sessions,
                proposals,
                List.of(),
                0);
    }

    MeetingSummary summary() {
        return record().summary();
    }
}
