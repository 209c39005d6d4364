package plenary.meetings;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.kernel.Rules;
import plenary.meetings.internal.Announcements;
import plenary.meetings.internal.InterventionRepository;
import plenary.meetings.internal.Meeting;
import plenary.meetings.internal.MeetingGate;
import plenary.meetings.internal.RecordAssembly;
import plenary.meetings.internal.Session;
import plenary.meetings.internal.SessionRepository;

/** The sessions of a meeting, kept by those who keep the meeting's record. */
@Service
public class SessionRecords extends MeetingPartRecords<Session, SessionForm, SessionView> {

    private final SessionRepository sessions;
    private final InterventionRepository interventions;
    private final RecordAssembly assembly;
    private final Directory directory;

    SessionRecords(
            SessionRepository sessions,
            InterventionRepository interventions,
            MeetingGate gate,
            Announcements announcements,
            RecordAssembly assembly,
            Directory directory) {
        super("session", sessions, gate, announcements);
        this.sessions = sessions;
        this.interventions = interventions;
        this.assembly = assembly;
        this.directory = directory;
    }

    @Override
    SessionView view(Session session) {
        return assembly.session(session);
    }

    /** A session goes only once it holds no interventions. */
    @Override
    @Nullable String whyItStays(Session stored) {
        long held = interventions.countBySessionId(stored.savedId());
        return held == 0
                ? null
                : "Session " + stored.number() + " still holds " + held
                        + " intervention(s); move them to another session or delete them first.";
    }

    @Override
    void enforce(Meeting meeting, @Nullable Session stored, SessionForm f) {
        Rules rules = new Rules()
                .required(f.number(), "number")
                .check(f.number() == null || f.number() >= 1, "number", "range", "must be 1 or more")
                .check(
                        f.number() == null
                                || sessions.findByMeetingIdAndNumber(meeting.savedId(), f.number())
                                        .filter(other -> stored == null || other.savedId() != stored.savedId())
                                        .isEmpty(),
                        "number",
                        "unique",
                        "the meeting already has a session with this number")
                .required(f.theme(), "theme")
                .maxLength(f.theme(), 1000, "theme")
                .check(
                        f.chairPersonId() == null
                                || directory
                                        .person(new PersonId(f.chairPersonId()))
                                        .isPresent(),
                        "chairPersonId",
                        "exists",
                        "must name an existing person");
        List<String> objectives = f.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            rules.required(objectives.get(i), "objectives[" + i + "]")
                    .maxLength(objectives.get(i), 1000, "objectives[" + i + "]");
        }
        rules.enforce();
    }

    @Override
    Session record(Meeting meeting, @Nullable Session stored, SessionForm f) {
        List<Session.Objective> objectives = f.objectives().stream()
                .map(o -> new Session.Objective(o.strip()))
                .toList();
        return new Session(
                stored == null ? null : stored.id(),
                meeting.savedId(),
                // enforce() required the number and the theme.
                Objects.requireNonNull(f.number()),
                Objects.requireNonNull(f.theme()).strip(),
                objectives,
                f.chairPersonId(),
                stored == null ? null : f.version());
    }
}
