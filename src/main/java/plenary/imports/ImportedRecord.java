package plenary.imports;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.institutions.InstitutionId;
import plenary.meetings.AttendanceQualifier;
import plenary.meetings.InterventionKind;
import plenary.meetings.PositionStance;
import plenary.meetings.Stance;

/**
 * What the import read in a report: the meeting's facts, its sessions, interventions, proposals and next tasks,
 * each with the excerpt of the source it came from and the name of the rule that found it. Interventions and
 * proposals refer to sessions and interventions by their number, from 1.
 */
public record ImportedRecord(
        Facts facts,
        List<Session> sessions,
        List<Intervention> interventions,
        List<Proposal> proposals,
        List<NextTask> nextTasks) {

    /** The characters of the source text an item came from: {@code start} inclusive, {@code end} exclusive. */
    public record Excerpt(int start, int end) {

        public static final Excerpt NONE = new Excerpt(0, 0);

        /** The excerpt's text in the source. */
        public String in(String source) {
            return source.substring(Math.min(start, source.length()), Math.min(end, source.length()));
        }
    }

    /** The meeting's facts as the report states them; what it does not state is null. */
    public record Facts(
            @Nullable String title,
            @Nullable Integer ordinal,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable String city,
            @Nullable String country,
            @Nullable Integer expertsCount,
            @Nullable Integer committeesCount,
            @Nullable AttendanceQualifier attendanceQualifier,
            boolean otherRegions,
            @Nullable String host,
            Excerpt excerpt) {}

    /** A session: its number, its theme where the report gives one, and what it set out to do. */
    public record Session(int number, @Nullable String theme, List<String> objectives, Excerpt excerpt, String rule) {}

    /**
     * An intervention: the speaker as the report calls them ("a Russian participant"), never a person; the
     * nationality the phrase gives, as its adjective.
     */
    public record Intervention(
            int session,
            InterventionKind kind,
            @Nullable Stance stance,
            @Nullable String speaker,
            @Nullable String nationality,
            List<Institution> institutions,
            Excerpt excerpt,
            String rule) {}

    /** An institution of the register that an intervention names, by a name, acronym or alias. */
    public record Institution(InstitutionId id, String name, Excerpt excerpt) {}

    /** A proposal, put forward in an intervention, and the positions taken on it. */
    public record Proposal(int intervention, String text, List<Position> positions, Excerpt excerpt, String rule) {}

    /** A position taken on a proposal in an intervention. */
    public record Position(int intervention, PositionStance stance, Excerpt excerpt, String rule) {}

    /** A next task: what is to be done, by whom and by when, as the report says it. */
    public record NextTask(
            String description,
            @Nullable String owner,
            @Nullable LocalDate dueOn,
            @Nullable String dueNote,
            Excerpt excerpt) {}
}
