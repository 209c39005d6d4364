package plenary.studygroups;

import java.time.LocalDate;
import java.util.List;

/**
 * The published reports of a study group's meetings, which its public page lists. The reports module answers: it
 * depends on this one, so this module asks through an interface of its own rather than depending back on it.
 */
public interface PublishedReportsOfGroup {

    /** The group's published reports, each in its last publication, in the order of the group's meetings. */
    List<Report> of(StudyGroupId group);

    /** A published report as the group's page names it: its meeting, number and title, and its day. */
    record Report(long meetingId, int number, String title, LocalDate publishedOn) {}
}
