package plenary.meetings;

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
import plenary.meetings.internal.Participant;
import plenary.meetings.internal.ParticipantRepository;
import plenary.meetings.internal.RecordAssembly;

/** Who took part in a meeting and in what capacity, kept by those who keep the meeting's record. */
@Service
@Transactional
public class Participants {

    private final ParticipantRepository participants;
    private final InterventionRepository interventions;
    private final MeetingGate gate;
    private final RecordAssembly assembly;
    private final Directory directory;

    Participants(
            ParticipantRepository participants,
            InterventionRepository interventions,
            MeetingGate gate,
            RecordAssembly assembly,
            Directory directory) {
        this.participants = participants;
        this.interventions = interventions;
        this.gate = gate;
        this.assembly = assembly;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public ParticipantView get(long meetingId, long participantId) {
        return assembly.participant(find(gate.editable(meetingId), participantId));
    }

    public ParticipantView create(long meetingId, ParticipantForm form) {
        Meeting meeting = gate.editable(meetingId);
        enforce(meeting, null, form);
        Participant saved = participants.save(new Participant(null, meetingId, form.personId(), form.capacity(), null));
        gate.announceChange(meeting);
        return assembly.participant(saved);
    }

    public ParticipantView update(long meetingId, long participantId, ParticipantForm form) {
        Meeting meeting = gate.editable(meetingId);
        Participant stored = find(meeting, participantId);
        Versions.check("participant", form.version(), stored.version(), () -> assembly.participant(stored));
        enforce(meeting, stored, form);
        Participant saved = Versions.save(
                "participant",
                () -> participants.save(
                        new Participant(participantId, meetingId, form.personId(), form.capacity(), form.version())),
                () -> assembly.participant(find(meeting, participantId)));
        gate.announceChange(meeting);
        return assembly.participant(saved);
    }

    /** Removes a participant who did not speak at the meeting. */
    public void delete(long meetingId, long participantId) {
        Meeting meeting = gate.editable(meetingId);
        Participant stored = find(meeting, participantId);
        long spoke = interventions.countByMeetingIdAndSpeakerPersonId(meetingId, stored.personId());
        if (spoke > 0) {
            throw new RecordInUse("This participant spoke in " + spoke
                    + " intervention(s) of the meeting; give those another speaker or delete them first.");
        }
        participants.delete(stored);
        gate.announceChange(meeting);
    }

    private Participant find(Meeting meeting, long participantId) {
        return participants
                .findById(participantId)
                .filter(p -> p.meetingId().equals(meeting.id()))
                .orElseThrow(() -> new RecordNotFound("Participant", participantId));
    }

    private void enforce(Meeting meeting, Participant stored, ParticipantForm f) {
        Long person = f.personId();
        boolean personChanges = stored != null && person != null && !person.equals(stored.personId());
        new Rules()
                .required(person, "personId")
                .check(
                        person == null || directory.person(person).isPresent(),
                        "personId",
                        "exists",
                        "must name an existing person")
                .check(
                        person == null
                                || participants
                                        .findByMeetingIdAndPersonId(meeting.id(), person)
                                        .filter(other ->
                                                stored == null || !other.id().equals(stored.id()))
                                        .isEmpty(),
                        "personId",
                        "unique",
                        "is already a participant of this meeting")
                .check(
                        !personChanges
                                || interventions.countByMeetingIdAndSpeakerPersonId(meeting.id(), stored.personId())
                                        == 0,
                        "personId",
                        "in-use",
                        "cannot change: this participant spoke at the meeting")
                .required(f.capacity(), "capacity")
                .enforce();
    }
}
