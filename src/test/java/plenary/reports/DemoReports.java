package plenary.reports;

import org.springframework.stereotype.Component;
import plenary.documents.Document;
import plenary.meetings.Meetings;
import plenary.reports.composition.ReportComposer;
import plenary.reports.composition.ReportContext;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroups;

/** Composes the reports of the demo record's meetings, for tests. */
@Component
public class DemoReports {

    public static final String STUDY_GROUP = "CSCAP Study Group on Multilateral Security Governance in Northeast Asia";

    private final StudyGroups studyGroups;
    private final Meetings meetings;
    private final MeetingReportSources sources;

    DemoReports(StudyGroups studyGroups, Meetings meetings, MeetingReportSources sources) {
        this.studyGroups = studyGroups;
        this.meetings = meetings;
        this.sources = sources;
    }

    public long vladivostokId() {
        long group = studyGroups.all().stream()
                .filter(g -> g.title().equals(STUDY_GROUP))
                .findFirst()
                .orElseThrow()
                .id()
                .value();
        return meetings.ofStudyGroup(new StudyGroupId(group)).get(2).id().value();
    }

    public ReportContext context(long meetingId) {
        return sources.of(meetingId);
    }

    public ReportContext vladivostokContext() {
        return sources.of(vladivostokId());
    }

    public Document vladivostok() {
        return ReportComposer.compose(vladivostokContext(), "Draft");
    }
}
