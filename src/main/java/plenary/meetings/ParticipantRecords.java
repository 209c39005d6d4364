package plenary.meetings;

import org.springframework.stereotype.Service;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.kernel.Rules;
import plenary.meetings.internal.Announcements;
import plenary.meetings.internal.InterventionRepository;
import plenary.meetings.internal.Meeting;
import plenary.meetings.internal.MeetingGate;
import plenary.meetings.internal.Participant;
import plenary.meetings.internal.ParticipantRepository;
import plenary.meetings.internal.RecordAssembly;

/** Who took part in a meeting and in what capacity, kept by those who keep the meeting's record. */
@Service
public class ParticipantRecords extends MeetingPartRecords<Participant, ParticipantForm, ParticipantView> {

    private final ParticipantRepository participants;
    private final InterventionRepository interventions;
    private final RecordAssembly assembly;
    private final Directory directory;

    ParticipantRecords(
            ParticipantRepository participants,
            InterventionRepository interventions,
            MeetingGate gate,
            Announcements announcements,
            RecordAssembly assembly,
            Directory directory) {
        super("participant", participants, gate, announcements);
        this.participants = participants;
        this.interventions = interventions;
        this.assembly = assembly;
        this.directory = directory;
    }

    @Override
    ParticipantView view(Participant participant) {
        return assembly.participant(participant);
    }

    /** A participant goes only if they did not speak at the meeting. */
    @Override
    String whyItStays(Participant stored) {
        long spoke = spokeAt(stored);
        return spoke == 0
                ? null
                : "This participant spoke in " + spoke
                        + " intervention(s) of the meeting; give those another speaker or delete them first.";
    }

    @Override
    void enforce(Meeting meeting, Participant stored, ParticipantForm f) {
        Long person = f.personId();
        boolean personChanges = stored != null && person != null && !person.equals(stored.personId());
        new Rules()
                .required(person, "personId")
                .check(
                        person == null || directory.person(new PersonId(person)).isPresent(),
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
                        !personChanges || spokeAt(stored) == 0,
                        "personId",
                        "in-use",
                        "cannot change: this participant spoke at the meeting")
                .required(f.capacity(), "capacity")
                .enforce();
    }

    @Override
    Participant record(Meeting meeting, Participant stored, ParticipantForm f) {
        return new Participant(
                stored == null ? null : stored.id(),
                meeting.id(),
                f.personId(),
                f.capacity(),
                stored == null ? null : f.version());
    }

    private long spokeAt(Participant participant) {
        return interventions.countByMeetingIdAndSpeakerPersonId(participant.meetingId(), participant.personId());
    }
}
