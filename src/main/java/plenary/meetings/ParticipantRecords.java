package plenary.meetings;

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
    @Nullable String whyItStays(Participant stored) {
        long spoke = spokeAt(stored);
        return spoke == 0
                ? null
                : "This participant spoke in " + spoke
                        + " intervention(s) of the meeting; give those another speaker or delete them first.";
    }

    @Override
    void enforce(Meeting meeting, @Nullable Participant stored, ParticipantForm f) {
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
                                        .findByMeetingIdAndPersonId(meeting.savedId(), person)
                                        .filter(other -> stored == null || other.savedId() != stored.savedId())
                                        .isEmpty(),
                        "personId",
                        "unique",
                        "is already a participant of this meeting")
                .check(
                        !personChanges || spokeAt(Objects.requireNonNull(stored)) == 0, // only a stored one changes
                        "personId",
                        "in-use",
                        "cannot change: this participant spoke at the meeting")
                .required(f.capacity(), "capacity")
                .enforce();
    }

    @Override
    Participant record(Meeting meeting, @Nullable Participant stored, ParticipantForm f) {
        return new Participant(
                stored == null ? null : stored.id(),
                meeting.savedId(),
                // enforce() required the person and the capacity.
                Objects.requireNonNull(f.personId()),
                Objects.requireNonNull(f.capacity()),
                stored == null ? null : f.version());
    }

    private long spokeAt(Participant participant) {
        return interventions.countByMeetingIdAndSpeakerPersonId(participant.meetingId(), participant.personId());
    }
}
