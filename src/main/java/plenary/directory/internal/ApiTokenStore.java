package plenary.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import plenary.directory.ApiTokenScope;
import plenary.directory.ApiTokenView;
import plenary.directory.Role;

/** The stored personal API tokens: their hashes, never the tokens. */
@Repository
public class ApiTokenStore {

    private static final String COLUMNS = "t.id, t.name, t.scope, t.created_at, t.expires_at, t.last_used_at, "
            + "t.revoked_at, t.account_id, a.username";

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored token with the account it belongs to. */
    public record Owned(long accountId, String username, ApiTokenView token) {}

    /** What signing in by a token needs, read in one query: the token, its account, roles and any lock. */
    record Bearer(
            long tokenId,
            String name,
            ApiTokenScope scope,
            Instant expiresAt,
            @Nullable Instant revokedAt,
            @Nullable Instant lastUsedAt,
            long accountId,
            String username,
            @Nullable Long personId,
            boolean enabled,
            Set<Role> roles,
            @Nullable Instant lockedUntil) {}

    public long insert(long accountId, String name, ApiTokenScope scope, String hash, Instant at, Instant expires) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO api_token (account_id, name, scope, token_hash, created_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(accountId, name, scope.name(), hash, utc(at), utc(expires))
                .update(key, "id");
        return Objects.requireNonNull(key.getKeyAs(Number.class)).longValue();
    }

    /** The account's tokens, the newest first. */
    public List<ApiTokenView> ofAccount(long accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token t JOIN account a ON a.id = t.account_id "
                        + "WHERE t.account_id = ? ORDER BY t.created_at DESC, t.id DESC")
                .param(accountId)
                .query((rs, n) -> owned(rs).token())
                .list();
    }

    public Optional<Owned> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token t JOIN account a ON a.id = t.account_id WHERE t.id = ?")
                .param(id)
                .query((rs, n) -> owned(rs))
                .optional();
    }

    /** Revokes the token unless it was revoked already; answers whether this call revoked it. */
    public boolean revoke(long id, Instant at) {
        return jdbc.sql(
                                "UPDATE api_token SET revoked_at = ?, version = version + 1 WHERE id = ? AND revoked_at IS NULL")
                        .params(utc(at), id)
                        .update()
                == 1;
    }

    Optional<Bearer> byHash(String hash) {
        List<Bearer> rows = jdbc.sql(
                        "SELECT t.id, t.name, t.scope, t.expires_at, t.revoked_at, t.last_used_at, a.id AS account_id, "
                                + "a.username, a.person_id, a.enabled, r.role, l.locked_until "
                                + "FROM api_token t JOIN account a ON a.id = t.account_id "
                                + "LEFT JOIN account_role r ON r.account_id = a.id "
                                + "LEFT JOIN account_lockout l ON l.account_id = a.id WHERE t.token_hash = ?")
                .param(hash)
                .query((rs, n) -> new Bearer(
                        rs.getLong("id"),
                        rs.getString("name"),
                        ApiTokenScope.valueOf(rs.getString("scope")),
                        instant(rs, "expires_at"),
                        nullableInstant(rs, "revoked_at"),
                        nullableInstant(rs, "last_used_at"),
                        rs.getLong("account_id"),
                        rs.getString("username"),
                        rs.getObject("person_id", Long.class),
                        rs.getBoolean("enabled"),
                        rs.getString("role") == null ? Set.of() : Set.of(Role.valueOf(rs.getString("role"))),
                        nullableInstant(rs, "locked_until")))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.forEach(row -> roles.addAll(row.roles()));
        Bearer first = rows.get(0);
        return Optional.of(new Bearer(
                first.tokenId(),
                first.name(),
                first.scope(),
                first.expiresAt(),
                first.revokedAt(),
                first.lastUsedAt(),
                first.accountId(),
                first.username(),
                first.personId(),
                first.enabled(),
                roles,
                first.lockedUntil()));
    }

    /** Records the token's use now, unless another request recorded one since {@code since}. */
    void used(long id, Instant now, Instant since) {
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)")
                .params(utc(now), id, utc(since))
                .update();
    }

    private static Owned owned(ResultSet rs) throws SQLException {
        return new Owned(
                rs.getLong("account_id"),
                rs.getString("username"),
                new ApiTokenView(
                        rs.getLong("id"),
                        rs.getString("name"),
                        ApiTokenScope.valueOf(rs.getString("scope")),
                        instant(rs, "created_at"),
                        instant(rs, "expires_at"),
                        nullableInstant(rs, "last_used_at"),
                        nullableInstant(rs, "revoked_at")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return Objects.requireNonNull(nullableInstant(rs, column), column);
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
