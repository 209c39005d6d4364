package plenary.reports.internal;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import plenary.directory.CurrentAccount;
import plenary.directory.PersonId;
import plenary.kernel.RecordNotFound;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecord;
import plenary.meetings.MeetingRecords;
import plenary.meetings.Meetings;
import plenary.reports.composition.ReportContext;

/**
 * Who may do what with a meeting's report. Those who keep the meeting's record (its study group's co-chairs and
 * rapporteurs, the meeting's own, the secretariat) write, review and publish it; they and the meeting's participants
 * read its drafts; anyone reads what was published.
 */
@Component
public class ReportGate {

    private final MeetingRecords meetings;
    private final Meetings records;
    private final ReportRepository reports;

    ReportGate(MeetingRecords meetings, Meetings records, ReportRepository reports) {
        this.meetings = meetings;
        this.records = records;
        this.reports = reports;
    }

    public boolean mayKeep(long meetingId) {
        return meetings.mayEdit(new MeetingId(meetingId));
    }

    public void requireKeeper(long meetingId) {
        if (!mayKeep(meetingId)) {
            throw new AccessDeniedException(
                    "Only those who keep this meeting's record write, review and publish its report.");
        }
    }

    /**
     * Refuses one who does not keep the meeting's record, judged from the report's sources read already (the
     * meeting's named record and its study group), so that publishing reads them once.
     */
    public void requireKeeper(ReportContext sources) {
        if (!meetings.mayEdit(sources.meeting(), sources.studyGroup())) {
            throw new AccessDeniedException(
                    "Only those who keep this meeting's record write, review and publish its report.");
        }
    }

    /**
     * Whether the one signed in took part in the meeting: read from the person's meetings, not from the meeting's
     * whole record, as every download of a report by a reader who does not keep its record asks this.
     */
    public boolean tookPart(long meetingId) {
        Optional<PersonId> person = CurrentAccount.personId().map(PersonId::new);
        return person.isPresent() && records.attendedBy(person.get()).contains(new MeetingId(meetingId));
    }

    public boolean mayReadDrafts(long meetingId) {
        return CurrentAccount.get().isPresent() && (mayKeep(meetingId) || tookPart(meetingId));
    }

    public void requireDraftReader(long meetingId) {
        if (!mayReadDrafts(meetingId)) {
            throw new AccessDeniedException(
                    "Drafts of a report are for those who keep the meeting's record and its participants.");
        }
    }

    public MeetingRecord meeting(long meetingId) {
        return records.record(new MeetingId(meetingId)).orElseThrow(() -> new RecordNotFound("Meeting", meetingId));
    }

    public Optional<Report> find(long meetingId) {
        return reports.findByMeetingId(meetingId);
    }

    public Report report(long meetingId) {
        return find(meetingId).orElseThrow(() -> new RecordNotFound("Report of meeting", meetingId));
    }

    /** The name the one signed in saves under. */
    public static String who() {
        return CurrentAccount.get().map(a -> a.getUsername()).orElse("plenary");
    }
}
