package plenary.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import plenary.institutions.IssueArea;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.meetings.InterventionKind;
import plenary.meetings.LinkKind;
import plenary.meetings.PositionStance;
import plenary.meetings.Stance;

/**
 * Reads everything a meeting holds in one statement whatever the size of its record: the read model behind the
 * meeting's record, where loading each stored part on its own would cost statements for every intervention and
 * proposal. The statement is a UNION ALL of typed rows, one kind of row a table (its parts first, then the parts
 * themselves), each in the order the record shows it; the interventions its links point to come with the links.
 * Each branch is written from the meeting's own rows to their parts: H2 keeps the written order of a join that
 * outer joins follow, and the links' branch, written the other way, read every link of every meeting.
 */
@Component
public class MeetingParts {

    /** The stored parts of one meeting, in the order the record shows them, and where its links point. */
    public record Parts(
            List<Session> sessions,
            List<Participant> participants,
            List<Intervention> interventions,
            List<Proposal> proposals,
            List<NextTask> nextTasks,
            Map<Long, InterventionTargets.Target> targets) {}

    // Kinds of row, in the order they are read: a part's collections before the part that holds them.
    private static final int OBJECTIVE = 1;
    private static final int INTERVENTION_INSTITUTION = 2;
    private static final int ISSUE_AREA = 3;
    private static final int LINK = 4;
    private static final int POSITION = 5;
    private static final int PROPOSAL_INSTITUTION = 6;
    private static final int TASK_OWNER = 7;
    private static final int SESSION = 8;
    private static final int PARTICIPANT = 9;
    private static final int INTERVENTION = 10;
    private static final int PROPOSAL = 11;
    private static final int NEXT_TASK = 12;

    // Every branch gives the same columns: kind, id (the part's, or for a collection its part's), k1 and k2 to
    // order by, n1..n4 numbers, i1..i2 whole numbers, s1..s5 texts, d1 a date, version.
    private static final String NONE_N = "CAST(NULL AS BIGINT)";
    private static final String NONE_I = "CAST(NULL AS INT)";
    private static final String NONE_S = "CAST(NULL AS VARCHAR(4000))";
    private static final String NONE_D = "CAST(NULL AS DATE)";

    static final String SQL = String.join(
                    "\nUNION ALL\n",
                    branch(
                            OBJECTIVE,
                            "c.session_id",
                            "c.session_id",
                            "c.idx",
                            n(),
                            i(),
                            s("c.objective"),
                            NONE_D,
                            "0",
                            "meeting_session p JOIN session_objective c ON c.session_id = p.id"),
                    branch(
                            INTERVENTION_INSTITUTION,
                            "c.intervention_id",
                            "c.intervention_id",
                            "c.idx",
                            n("c.institution_id"),
                            i(),
                            s(),
                            NONE_D,
                            "0",
                            "intervention p JOIN intervention_institution c ON c.intervention_id = p.id"),
                    branch(
                            ISSUE_AREA,
                            "c.intervention_id",
                            "c.intervention_id",
                            "c.idx",
                            n(),
                            i(),
                            s("c.issue_area"),
                            NONE_D,
                            "0",
                            "intervention p JOIN intervention_issue_area c ON c.intervention_id = p.id"),
                    branch(
                            LINK,
                            "c.intervention_id",
                            "c.intervention_id",
                            "c.idx",
                            n("c.target_id", "t.id", "tm.study_group_id", "tm.id"),
                            i("tm.ordinal", "ts.session_number"),
                            s("c.kind", "t.kind"),
                            NONE_D,
                            "0",
                            "intervention p JOIN intervention_link c ON c.intervention_id = p.id"
                                    + " LEFT JOIN intervention t ON t.id = c.target_id"
                                    + " LEFT JOIN meeting tm ON tm.id = t.meeting_id"
                                    + " LEFT JOIN meeting_session ts ON ts.id = t.session_id"),
                    branch(
                            POSITION,
                            "c.proposal_id",
                            "c.proposal_id",
                            "c.idx",
                            n("c.person_id", "c.intervention_id"),
                            i(),
                            s("c.stance", "c.note"),
                            NONE_D,
                            "0",
                            "proposal p JOIN proposal_position c ON c.proposal_id = p.id"),
                    branch(
                            PROPOSAL_INSTITUTION,
                            "c.proposal_id",
                            "c.proposal_id",
                            "c.idx",
                            n("c.institution_id"),
                            i(),
                            s(),
                            NONE_D,
                            "0",
                            "proposal p JOIN proposal_institution c ON c.proposal_id = p.id"),
                    branch(
                            TASK_OWNER,
                            "c.next_task_id",
                            "c.next_task_id",
                            "c.idx",
                            n("c.person_id"),
                            i(),
                            s(),
                            NONE_D,
                            "0",
                            "next_task p JOIN next_task_owner c ON c.next_task_id = p.id"),
                    branch(
                            SESSION,
                            "p.id",
                            "p.session_number",
                            "p.id",
                            n("p.chair_person_id"),
                            i("p.session_number"),
                            s("p.theme"),
                            NONE_D,
                            "p.version",
                            "meeting_session p"),
                    branch(
                            PARTICIPANT,
                            "p.id",
                            "p.id",
                            "p.id",
                            n("p.person_id"),
                            i(),
                            s("p.capacity"),
                            NONE_D,
                            "p.version",
                            "meeting_participant p"),
                    branch(
                            INTERVENTION,
                            "p.id",
                            "p.position",
                            "p.id",
                            n("p.session_id", "p.speaker_person_id"),
                            i("p.position"),
                            s("p.kind", "p.summary", "p.paper_title", "p.stance", "p.speaker_described_by"),
                            NONE_D,
                            "p.version",
                            "intervention p"),
                    branch(
                            PROPOSAL,
                            "p.id",
                            "p.id",
                            "p.id",
                            n("p.intervention_id"),
                            i(),
                            s("p.proposal_text"),
                            NONE_D,
                            "p.version",
                            "proposal p"),
                    branch(
                            NEXT_TASK,
                            "p.id",
                            "p.position",
                            "p.id",
                            n(),
                            i("p.position"),
                            s("p.description", "p.owner", "p.due_note"),
                            "p.due_on",
                            "p.version",
                            "next_task p"))
            + "\nORDER BY kind, k1, k2";

    private final JdbcClient jdbc;

    MeetingParts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Parts of(long meetingId) {
        Reading reading = new Reading(meetingId);
        jdbc.sql(SQL).param("m", meetingId).query(reading::row);
        return reading.parts();
    }

    /** The rows of one meeting as they come, put into its parts. */
    private static final class Reading {

        private final long meetingId;
        private final Map<Long, List<Session.Objective>> objectives = new HashMap<>();
        private final Map<Long, List<Intervention.InstitutionRef>> institutions = new HashMap<>();
        private final Map<Long, List<Intervention.IssueAreaRef>> issueAreas = new HashMap<>();
        private final Map<Long, List<Intervention.LinkRow>> links = new HashMap<>();
        private final Map<Long, List<Proposal.Position>> positions = new HashMap<>();
        private final Map<Long, List<Proposal.InstitutionRef>> proposalInstitutions = new HashMap<>();
        private final Map<Long, List<NextTask.Owner>> owners = new HashMap<>();
        private final Map<Long, InterventionTargets.Target> targets = new HashMap<>();
        private final List<Session> sessions = new ArrayList<>();
        private final List<Participant> participants = new ArrayList<>();
        private final List<Intervention> interventions = new ArrayList<>();
        private final List<Proposal> proposals = new ArrayList<>();
        private final List<NextTask> nextTasks = new ArrayList<>();

        Reading(long meetingId) {
            this.meetingId = meetingId;
        }

        Parts parts() {
            return new Parts(
                    List.copyOf(sessions),
                    List.copyOf(participants),
                    List.copyOf(interventions),
                    List.copyOf(proposals),
                    List.copyOf(nextTasks),
                    Map.copyOf(targets));
        }

        void row(ResultSet rs) throws SQLException {
            long id = rs.getLong("id");
            switch (rs.getInt("kind")) {
                case OBJECTIVE -> add(objectives, id, new Session.Objective(rs.getString("s1")));
                case INTERVENTION_INSTITUTION ->
                    add(institutions, id, new Intervention.InstitutionRef(rs.getLong("n1")));
                case ISSUE_AREA ->
                    add(issueAreas, id, new Intervention.IssueAreaRef(IssueArea.valueOf(rs.getString("s1"))));
                case LINK -> link(rs, id);
                case POSITION ->
                    add(
                            positions,
                            id,
                            new Proposal.Position(
                                    PositionStance.valueOf(rs.getString("s1")),
                                    nullableLong(rs, "n1"),
                                    nullableLong(rs, "n2"),
                                    rs.getString("s2")));
                case PROPOSAL_INSTITUTION ->
                    add(proposalInstitutions, id, new Proposal.InstitutionRef(rs.getLong("n1")));
                case TASK_OWNER -> add(owners, id, new NextTask.Owner(rs.getLong("n1")));
                case SESSION ->
                    sessions.add(new Session(
                            id,
                            meetingId,
                            rs.getInt("i1"),
                            rs.getString("s1"),
                            of(objectives, id),
                            nullableLong(rs, "n1"),
                            rs.getInt("version")));
                case PARTICIPANT ->
                    participants.add(new Participant(
                            id,
                            meetingId,
                            rs.getLong("n1"),
                            Capacity.valueOf(rs.getString("s1")),
                            rs.getInt("version")));
                case INTERVENTION ->
                    interventions.add(new Intervention(
                            id,
                            meetingId,
                            rs.getLong("n1"),
                            rs.getInt("i1"),
                            nullableLong(rs, "n2"),
                            InterventionKind.valueOf(rs.getString("s1")),
                            rs.getString("s2"),
                            rs.getString("s3"),
                            nullableEnum(rs, "s4", Stance::valueOf),
                            nullableEnum(rs, "s5", AttributionRule::valueOf),
                            of(institutions, id),
                            of(issueAreas, id),
                            of(links, id),
                            rs.getInt("version")));
                case PROPOSAL ->
                    proposals.add(new Proposal(
                            id,
                            meetingId,
                            nullableLong(rs, "n1"),
                            rs.getString("s1"),
                            of(positions, id),
                            of(proposalInstitutions, id),
                            rs.getInt("version")));
                case NEXT_TASK ->
                    nextTasks.add(new NextTask(
                            id,
                            meetingId,
                            rs.getInt("i1"),
                            rs.getString("s1"),
                            rs.getString("s2"),
                            of(owners, id),
                            rs.getObject("d1", LocalDate.class),
                            rs.getString("s3"),
                            rs.getInt("version")));
                default -> throw new IllegalStateException("A row of an unknown kind: " + rs.getInt("kind"));
            }
        }

        private void link(ResultSet rs, long interventionId) throws SQLException {
            long targetId = rs.getLong("n1");
            add(links, interventionId, new Intervention.LinkRow(LinkKind.valueOf(rs.getString("s1")), targetId));
            Long found = nullableLong(rs, "n2");
            if (found != null) {
                targets.put(
                        targetId,
                        new InterventionTargets.Target(
                                targetId,
                                rs.getLong("n3"),
                                rs.getLong("n4"),
                                rs.getInt("i1"),
                                rs.getInt("i2"),
                                InterventionKind.valueOf(rs.getString("s2"))));
            }
        }
    }

    public List<Participant> participants(long meetingId) {
        return jdbc.sql("SELECT id, meeting_id, person_id, capacity, version FROM meeting_participant"
                        + " WHERE meeting_id = :m ORDER BY id")
                .param("m", meetingId)
                .query((rs, n) -> new Participant(
                        rs.getLong("id"),
                        rs.getLong("meeting_id"),
                        rs.getLong("person_id"),
                        Capacity.valueOf(rs.getString("capacity")),
                        rs.getInt("version")))
                .list();
    }

    private static String branch(
            int kind,
            String id,
            String k1,
            String k2,
            String n,
            String i,
            String s,
            String d,
            String version,
            String from) {
        return "SELECT " + kind + " AS kind, " + id + " AS id, CAST(" + k1 + " AS BIGINT) AS k1, CAST(" + k2
                + " AS BIGINT) AS k2, " + n + ", " + i + ", " + s + ", " + d + " AS d1, " + version
                + " AS version FROM " + from + " WHERE p.meeting_id = :m";
    }

    private static String n(String... columns) {
        return columns("n", 4, NONE_N, "BIGINT", columns);
    }

    private static String i(String... columns) {
        return columns("i", 2, NONE_I, "INT", columns);
    }

    private static String s(String... columns) {
        return columns("s", 5, NONE_S, "VARCHAR(4000)", columns);
    }

    // The columns of one kind, named prefix1..prefixN, each cast to the one type every branch gives it.
    private static String columns(String prefix, int count, String none, String type, String... given) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            String value = c < given.length ? "CAST(" + given[c] + " AS " + type + ")" : none;
            out.add(value + " AS " + prefix + (c + 1));
        }
        return String.join(", ", out);
    }

    private static <T> void add(Map<Long, List<T>> byParent, long parent, T child) {
        byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(child);
    }

    private static <T> List<T> of(Map<Long, List<T>> byParent, long parent) {
        return List.copyOf(byParent.getOrDefault(parent, List.of()));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static <E> @Nullable E nullableEnum(ResultSet rs, String column, Function<String, E> valueOf)
            throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : valueOf.apply(value);
    }
}
