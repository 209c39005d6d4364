package plenary.meetings;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.Directory;
import plenary.kernel.RecordInUse;
import plenary.kernel.RecordNotFound;
import plenary.kernel.Rules;
import plenary.kernel.Versions;
import plenary.meetings.internal.InterventionRepository;
import plenary.meetings.internal.Meeting;
import plenary.meetings.internal.MeetingGate;
import plenary.meetings.internal.RecordAssembly;
import plenary.meetings.internal.Session;
import plenary.meetings.internal.SessionRepository;

/** The sessions of a meeting, kept by those who keep the meeting's record. */
@Service
@Transactional
public class Sessions {

    private final SessionRepository sessions;
    private final InterventionRepository interventions;
    private final MeetingGate gate;
    private final RecordAssembly assembly;
    private final Directory directory;

    Sessions(
            SessionRepository sessions,
            InterventionRepository interventions,
            MeetingGate gate,
            RecordAssembly assembly,
            Directory directory) {
        this.sessions = sessions;
        this.interventions = interventions;
        this.gate = gate;
        this.assembly = assembly;
        this.directory = directory;
    }

    /** A session as its edit form needs it. */
    @Transactional(readOnly = true)
    public SessionView get(long meetingId, long sessionId) {
        return assembly.session(find(gate.editable(meetingId), sessionId));
    }

    public SessionView create(long meetingId, SessionForm form) {
        Meeting meeting = gate.editable(meetingId);
        enforce(meeting, null, form);
        Session saved = sessions.save(session(null, meetingId, form, null));
        gate.announceChange(meeting);
        return assembly.session(saved);
    }

    public SessionView update(long meetingId, long sessionId, SessionForm form) {
        Meeting meeting = gate.editable(meetingId);
        Session stored = find(meeting, sessionId);
        Versions.check("session", form.version(), stored.version(), () -> assembly.session(stored));
        enforce(meeting, stored, form);
        Session saved = Versions.save(
                "session",
                () -> sessions.save(session(sessionId, meetingId, form, form.version())),
                () -> assembly.session(find(meeting, sessionId)));
        gate.announceChange(meeting);
        return assembly.session(saved);
    }

    /** Deletes a session that holds no interventions any more. */
    public void delete(long meetingId, long sessionId) {
        Meeting meeting = gate.editable(meetingId);
        Session stored = find(meeting, sessionId);
        long held = interventions.countBySessionId(sessionId);
        if (held > 0) {
            throw new RecordInUse("Session " + stored.number() + " still holds " + held
                    + " intervention(s); move them to another session or delete them first.");
        }
        sessions.delete(stored);
        gate.announceChange(meeting);
    }

    private Session find(Meeting meeting, long sessionId) {
        return sessions.findById(sessionId)
                .filter(s -> s.meetingId().equals(meeting.id()))
                .orElseThrow(() -> new RecordNotFound("Session", sessionId));
    }

    private void enforce(Meeting meeting, Session stored, SessionForm f) {
        Rules rules = new Rules()
                .required(f.number(), "number")
                .check(f.number() == null || f.number() >= 1, "number", "range", "must be 1 or more")
                .check(
                        f.number() == null
                                || sessions.findByMeetingIdAndNumber(meeting.id(), f.number())
                                        .filter(other ->
                                                stored == null || !other.id().equals(stored.id()))
                                        .isEmpty(),
                        "number",
                        "unique",
                        "the meeting already has a session with this number")
                .required(f.theme(), "theme")
                .maxLength(f.theme(), 1000, "theme")
                .check(
                        f.chairPersonId() == null
                                || directory.person(f.chairPersonId()).isPresent(),
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

    private static Session session(Long id, long meetingId, SessionForm f, Integer version) {
        List<Session.Objective> objectives = f.objectives().stream()
                .map(o -> new Session.Objective(o.strip()))
                .toList();
        return new Session(id, meetingId, f.number(), f.theme().strip(), objectives, f.chairPersonId(), version);
    }
}
