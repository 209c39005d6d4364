package plenary.endorsement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import plenary.endorsement.Answer;
import plenary.endorsement.Decision;

/** The rounds, answers and publications in the database. */
@Repository
public class EndorsementTables {

    private static final String ROUND = "SELECT id, memorandum_id, version_number, note, requested_by, requested_at,"
            + " meeting, meeting_place, meeting_on, submitted_by, submitted_at, decision, decision_text, decided_by,"
            + " decided_at FROM endorsement_round";

    private final JdbcClient db;

    EndorsementTables(JdbcClient db) {
        this.db = db;
    }

    /** The memorandum's latest round, locked for the rest of the transaction when {@code lock}. */
    public Optional<Round> latest(long memorandumId, boolean lock) {
        return db.sql(ROUND + " WHERE id = (SELECT MAX(id) FROM endorsement_round WHERE memorandum_id = ?)"
                        + (lock ? " FOR UPDATE" : ""))
                .param(memorandumId)
                .query(EndorsementTables::round)
                .optional();
    }

    /**
     * The latest round of each memorandum that is not yet submitted and that the committee has not answered, in one
     * statement: what it still owes an answer to (of any memorandum; the caller keeps its study groups' own).
     */
    public List<Round> awaiting(long committeeId) {
        return db.sql(ROUND + " r WHERE r.submitted_at IS NULL "
                        + "AND r.id = (SELECT MAX(l.id) FROM endorsement_round l WHERE l.memorandum_id = r.memorandum_id) "
                        + "AND NOT EXISTS (SELECT 1 FROM endorsement e WHERE e.round_id = r.id AND e.committee_id = ?) "
                        + "ORDER BY r.requested_at, r.id")
                .param(committeeId)
                .query(EndorsementTables::round)
                .list();
    }

    public long open(long memorandumId, int versionNumber, @Nullable String note, String by, Instant at) {
        db.sql("INSERT INTO endorsement_round (memorandum_id, version_number, note, requested_by, requested_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .param(memorandumId)
                .param(versionNumber)
                .param(note)
                .param(by)
                .param(Timestamp.from(at))
                .update();
        return latest(memorandumId, false).orElseThrow().id();
    }

    public List<GivenAnswer> answers(long roundId) {
        return db.sql("SELECT committee_id, answer, reservation, paragraph_key, person_id, given_by, given_at"
                        + " FROM endorsement WHERE round_id = ? ORDER BY given_at, committee_id")
                .param(roundId)
                .query((rs, n) -> new GivenAnswer(
                        rs.getLong("committee_id"),
                        Answer.valueOf(rs.getString("answer")),
                        rs.getString("reservation"),
                        rs.getString("paragraph_key"),
                        rs.getLong("person_id"),
                        rs.getString("given_by"),
                        rs.getTimestamp("given_at").toInstant()))
                .list();
    }

    public void answer(long roundId, GivenAnswer given) {
        db.sql("INSERT INTO endorsement (round_id, committee_id, answer, reservation, paragraph_key, person_id,"
                        + " given_by, given_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .param(roundId)
                .param(given.committeeId())
                .param(given.answer().name())
                .param(given.reservation())
                .param(given.paragraphKey())
                .param(given.personId())
                .param(given.givenBy())
                .param(Timestamp.from(given.givenAt()))
                .update();
    }

    public void submit(long roundId, String meeting, @Nullable String place, LocalDate on, String by, Instant at) {
        db.sql("UPDATE endorsement_round SET meeting = ?, meeting_place = ?, meeting_on = ?, submitted_by = ?,"
                        + " submitted_at = ?, version = version + 1 WHERE id = ?")
                .param(meeting)
                .param(place)
                .param(on)
                .param(by)
                .param(Timestamp.from(at))
                .param(roundId)
                .update();
    }

    public void decide(long roundId, Decision decision, @Nullable String text, String by, Instant at) {
        db.sql("UPDATE endorsement_round SET decision = ?, decision_text = ?, decided_by = ?, decided_at = ?,"
                        + " version = version + 1 WHERE id = ?")
                .param(decision.name())
                .param(text)
                .param(by)
                .param(Timestamp.from(at))
                .param(roundId)
                .update();
    }

    public Optional<Publication> publication(long memorandumId) {
        return db.sql(PUBLICATION + " WHERE memorandum_id = ?")
                .param(memorandumId)
                .query(EndorsementTables::publication)
                .optional();
    }

    /** Every publication of the series, newest number first. */
    public List<Publication> publications() {
        return db.sql(PUBLICATION + " ORDER BY number DESC")
                .query(EndorsementTables::publication)
                .list();
    }

    public List<Publication> publicationsOf(long studyGroupId) {
        return db.sql(PUBLICATION + " WHERE study_group_id = ? ORDER BY number")
                .param(studyGroupId)
                .query(EndorsementTables::publication)
                .list();
    }

    /** Publishes under the next number of the series; a second publication at once is refused by the key. */
    public Publication publish(
            long memorandumId, long roundId, long studyGroupId, LocalDate on, String by, Instant at) {
        int number = db.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM memorandum_publication")
                .query(Integer.class)
                .single();
        db.sql("INSERT INTO memorandum_publication (number, memorandum_id, round_id, study_group_id, published_on,"
                        + " published_by, published_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .param(number)
                .param(memorandumId)
                .param(roundId)
                .param(studyGroupId)
                .param(on)
                .param(by)
                .param(Timestamp.from(at))
                .update();
        return new Publication(number, memorandumId, roundId, studyGroupId, on);
    }

    private static final String PUBLICATION =
            "SELECT number, memorandum_id, round_id, study_group_id, published_on FROM memorandum_publication";

    private static Publication publication(ResultSet rs, int row) throws SQLException {
        return new Publication(
                rs.getInt("number"),
                rs.getLong("memorandum_id"),
                rs.getLong("round_id"),
                rs.getLong("study_group_id"),
                rs.getObject("published_on", LocalDate.class));
    }

    private static Round round(ResultSet rs, int row) throws SQLException {
        String decision = rs.getString("decision");
        return new Round(
                rs.getLong("id"),
                rs.getLong("memorandum_id"),
                rs.getInt("version_number"),
                rs.getString("note"),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getString("meeting"),
                rs.getString("meeting_place"),
                rs.getObject("meeting_on", LocalDate.class),
                rs.getString("submitted_by"),
                instant(rs.getTimestamp("submitted_at")),
                decision == null ? null : Decision.valueOf(decision),
                rs.getString("decision_text"),
                rs.getString("decided_by"),
                instant(rs.getTimestamp("decided_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
