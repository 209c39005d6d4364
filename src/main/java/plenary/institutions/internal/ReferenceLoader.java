package plenary.institutions.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import plenary.institutions.InstitutionRevision;

/**
 * Applies the reference data to the database, in plain JDBC on the connection it is given (a migration's: Spring
 * Data is not up yet). Each entry finds its institution by reference key, else by any of its names (a database
 * the demo filled before), else is inserted. An entry whose hash is the one stored is left alone, so that a
 * secretariat's later edit survives until the file changes that entry; a changed entry replaces the facts,
 * aliases, issue areas, sources, members and relations, and writes a revision by "reference data version N".
 */
final class ReferenceLoader {

    private final Connection connection;

    ReferenceLoader(Connection connection) {
        this.connection = connection;
    }

    /** Applies the data; answers the keys of the entries it inserted or changed. */
    List<String> apply(ReferenceData data) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        Map<String, Integer> versions = new HashMap<>();
        List<ReferenceData.Prepared> changed = new ArrayList<>();
        for (ReferenceData.Prepared entry : data.entries) {
            Stored stored = find(entry);
            if (stored != null && entry.hash().equals(stored.hash())) {
                ids.put(entry.key(), stored.id());
                continue;
            }
            Institution facts = Institution.of(entry.form(k -> -1L), null, null);
            if (stored == null) {
                ids.put(entry.key(), insert(facts, entry));
                versions.put(entry.key(), 0);
            } else {
                update(stored, facts, entry);
                ids.put(entry.key(), stored.id());
                versions.put(entry.key(), stored.version() + 1);
            }
            changed.add(entry);
        }
        Instant now = Instant.now();
        for (ReferenceData.Prepared entry : changed) {
            long id = Objects.requireNonNull(ids.get(entry.key()));
            Institution institution = Institution.of(entry.form(ids::get), null, null)
                    .identified(id, Objects.requireNonNull(versions.get(entry.key())), entry.key(), entry.hash());
            children(id, institution);
            revision(institution, InstitutionRevision.byReferenceData(data.version), now);
        }
        return changed.stream().map(ReferenceData.Prepared::key).toList();
    }

    private record Stored(long id, @Nullable String hash, int version) {}

    private @Nullable Stored find(ReferenceData.Prepared entry) throws SQLException {
        Stored byKey =
                stored("SELECT id, reference_hash, version FROM institution WHERE reference_key = ?", entry.key());
        if (byKey != null) {
            return byKey;
        }
        List<String> names = new ArrayList<>();
        names.add(entry.entry().name());
        names.add(entry.entry().acronym());
        names.addAll(entry.entry().aliases());
        for (String name : names) {
            String key = NameKey.of(name);
            if (key == null) {
                continue;
            }
            // Only an institution the reference data has not claimed yet: a key never moves to another entry.
            Stored found = stored("""
                    SELECT id, reference_hash, version FROM institution WHERE reference_key IS NULL AND id IN (
                        SELECT id FROM institution WHERE name_key = ? OR acronym_key = ?
                        UNION SELECT institution_id FROM institution_alias WHERE alias_key = ?)""", key, key, key);
            if (found != null) {
                return new Stored(found.id(), null, found.version());
            }
        }
        return null;
    }

    private @Nullable Stored stored(String sql, String... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setString(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? new Stored(rs.getLong(1), rs.getString(2), rs.getInt(3)) : null;
            }
        }
    }

    private long insert(Institution facts, ReferenceData.Prepared entry) throws SQLException {
        String sql = """
                INSERT INTO institution (reference_key, reference_hash, name, name_key, acronym, acronym_key, kind,
                    status, founded_on, ended_on, established_year, ended_year, description, source_index, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            statement.setString(1, entry.key());
            statement.setString(2, entry.hash());
            facts(statement, 3, facts);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void update(Stored stored, Institution facts, ReferenceData.Prepared entry) throws SQLException {
        for (String table : List.of(
                "institution_alias",
                "institution_issue_area",
                "institution_source",
                "institution_member",
                "institution_relation")) {
            execute("DELETE FROM " + table + " WHERE institution_id = ?", stored.id());
        }
        String sql = """
                UPDATE institution SET reference_key = ?, reference_hash = ?, name = ?, name_key = ?, acronym = ?,
                    acronym_key = ?, kind = ?, status = ?, founded_on = ?, ended_on = ?, established_year = ?,
                    ended_year = ?, description = ?, source_index = ?, version = version + 1
                WHERE id = ?""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, entry.key());
            statement.setString(2, entry.hash());
            facts(statement, 3, facts);
            statement.setLong(15, stored.id());
            statement.executeUpdate();
        }
    }

    private static void facts(PreparedStatement s, int from, Institution facts) throws SQLException {
        s.setString(from, facts.name());
        s.setString(from + 1, facts.nameKey());
        s.setString(from + 2, facts.acronym());
        s.setString(from + 3, facts.acronymKey());
        s.setString(from + 4, facts.kind().name());
        s.setString(from + 5, facts.status().name());
        setDate(s, from + 6, facts.foundedOn());
        setDate(s, from + 7, facts.endedOn());
        setInt(s, from + 8, facts.establishedYear());
        setInt(s, from + 9, facts.endedYear());
        s.setString(from + 10, facts.description());
        setInt(s, from + 11, facts.sourceIndex());
    }

    private void children(long id, Institution institution) throws SQLException {
        int i = 0;
        for (Institution.Alias alias : institution.aliases()) {
            execute(
                    "INSERT INTO institution_alias (institution_id, list_index, alias, alias_key) VALUES (?, ?, ?, ?)",
                    id,
                    i++,
                    alias.alias(),
                    alias.aliasKey());
        }
        for (Institution.Area area : institution.issueAreas()) {
            execute(
                    "INSERT INTO institution_issue_area (institution_id, issue_area) VALUES (?, ?)",
                    id,
                    area.issueArea().name());
        }
        i = 0;
        for (Institution.Source source : institution.sources()) {
            execute(
                    "INSERT INTO institution_source (institution_id, list_index, citation, url, checked_on)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    id,
                    i++,
                    source.citation(),
                    source.url(),
                    source.checkedOn());
        }
        i = 0;
        for (Institution.Member member : institution.members()) {
            execute(
                    "INSERT INTO institution_member (institution_id, list_index, country, joined_on, left_on,"
                            + " joined_year, source_index) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    id,
                    i++,
                    member.country(),
                    member.joinedOn(),
                    member.leftOn(),
                    member.joinedYear(),
                    member.sourceIndex());
        }
        i = 0;
        for (Institution.Relation relation : institution.relations()) {
            execute(
                    "INSERT INTO institution_relation (institution_id, list_index, kind, target_id, source_index)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    id,
                    i++,
                    relation.kind().name(),
                    relation.targetId(),
                    relation.sourceIndex());
        }
    }

    private void revision(Institution institution, String by, Instant at) throws SQLException {
        long id = Objects.requireNonNull(institution.id());
        int next;
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT COALESCE(MAX(revision), 0) + 1 FROM institution_revision WHERE institution_id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                next = rs.getInt(1);
            }
        }
        execute(
                "INSERT INTO institution_revision (institution_id, revision, changed_at, changed_by, snapshot)"
                        + " VALUES (?, ?, ?, ?, ?)",
                id,
                next,
                at.atOffset(ZoneOffset.UTC),
                by,
                Snapshots.of(institution.view()));
    }

    private void execute(String sql, @Nullable Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object value = params[i];
                if (value instanceof LocalDate day) {
                    statement.setDate(i + 1, Date.valueOf(day));
                } else if (value == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            statement.executeUpdate();
        }
    }

    private static void setDate(PreparedStatement s, int index, @Nullable LocalDate day) throws SQLException {
        if (day == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setDate(index, Date.valueOf(day));
        }
    }

    private static void setInt(PreparedStatement s, int index, @Nullable Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }
}
