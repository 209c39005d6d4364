package plenary.calendars.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The stored calendar links: their secrets' hashes, never the secrets. */
@Repository
public class LinkStore {

    private static final String COLUMNS =
            "SELECT id, account_id, label, study_group_id, created_at, last_used_at, revoked_at FROM calendar_link";

    private final JdbcClient jdbc;

    LinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored link and the account it belongs to. */
    public record StoredLink(
            long id,
            long accountId,
            String label,
            @Nullable Long studyGroupId,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {}

    public long insert(long accountId, String label, @Nullable Long studyGroupId, String hash, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO calendar_link (account_id, label, study_group_id, secret_hash, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(Arrays.asList(accountId, label, studyGroupId, hash, utc(at)))
                .update(key, "id");
        return Objects.requireNonNull(key.getKeyAs(Number.class)).longValue();
    }

    /** The account's links, the newest first. */
    public List<StoredLink> ofAccount(long accountId) {
        return jdbc.sql(COLUMNS + " WHERE account_id = ? ORDER BY created_at DESC, id DESC")
                .param(accountId)
                .query(LinkStore::row)
                .list();
    }

    public Optional<StoredLink> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?")
                .param(id)
                .query(LinkStore::row)
                .optional();
    }

    /** The link of this secret's hash, unless it was revoked. */
    public Optional<StoredLink> active(String hash) {
        return jdbc.sql(COLUMNS + " WHERE secret_hash = ? AND revoked_at IS NULL")
                .param(hash)
                .query(LinkStore::row)
                .optional();
    }

    /** Revokes the link unless it was revoked already; answers whether this call revoked it. */
    public boolean revoke(long id, Instant at) {
        return jdbc.sql("UPDATE calendar_link SET revoked_at = ?, version = version + 1 "
                                + "WHERE id = ? AND revoked_at IS NULL")
                        .params(utc(at), id)
                        .update()
                == 1;
    }

    /** Records the link's use now, unless another request recorded one since {@code since}. */
    public void used(long id, Instant now, Instant since) {
        jdbc.sql("UPDATE calendar_link SET last_used_at = ? "
                        + "WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)")
                .params(utc(now), id, utc(since))
                .update();
    }

    private static StoredLink row(ResultSet rs, int n) throws SQLException {
        return new StoredLink(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getString("label"),
                rs.getObject("study_group_id", Long.class),
                Objects.requireNonNull(instant(rs, "created_at")),
                instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
