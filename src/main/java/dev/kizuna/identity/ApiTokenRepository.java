package dev.kizuna.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The api_token table; secrets are stored as SHA-256 hashes only. */
@Repository
class ApiTokenRepository {

    private static final String SELECT = """
            select t.id, t.user_id, u.display_name as user_name, t.name, t.token_prefix as prefix, t.scope,
                   t.created_at, t.expires_at, t.last_used_at, t.revoked_at
              from api_token t join app_user u on u.id = t.user_id
            """;

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID userId, String name, String hash, String prefix, String scope, Instant expiresAt,
            UUID parentId) {
        jdbc.sql("""
                insert into api_token (id, user_id, name, token_hash, token_prefix, scope, expires_at, parent_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, userId, name, hash, prefix, scope,
                expiresAt == null ? null : java.sql.Timestamp.from(expiresAt), parentId).update();
    }

    /** When a token runs out (null: never), for capping the tokens it mints. */
    Optional<Instant> expiresAt(UUID id) {
        return jdbc.sql("select expires_at from api_token where id = ?").param(id)
                .query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).optional();
    }

    /** Whether the user still has a temporary password (set by an administrator) to change. */
    boolean mustChangePassword(UUID userId) {
        return jdbc.sql("select must_change_password from app_user where id = ?").param(userId)
                .query(Boolean.class).optional().orElse(false);
    }

    Optional<ApiToken> find(UUID id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query(ApiToken.class).optional();
    }

    List<ApiToken> forUser(UUID userId) {
        return jdbc.sql(SELECT + " where t.user_id = ? order by t.created_at desc").param(userId)
                .query(ApiToken.class).list();
    }

    /** Revokes the token and every token minted from it, however deep. */
    void revoke(UUID id) {
        jdbc.sql("""
                with recursive family (id) as (
                    select ?::uuid
                    union
                    select t.id from api_token t join family f on t.parent_id = f.id)
                update api_token set revoked_at = now()
                 where id in (select id from family) and revoked_at is null
                """).param(id).update();
    }

    /** Revokes every usable token of a user; returns how many. */
    int revokeAllOf(UUID userId) {
        return jdbc.sql("update api_token set revoked_at = now() where user_id = ? and revoked_at is null")
                .param(userId).update();
    }

    /** A usable token (not revoked, not expired, owner active) by the hash of its secret. */
    Optional<TokenOwner> findUsable(String hash) {
        return jdbc.sql("""
                select t.id as token_id, t.user_id, t.scope from api_token t join app_user u on u.id = t.user_id
                 where t.token_hash = ? and t.revoked_at is null
                   and (t.expires_at is null or t.expires_at > now()) and u.active
                """).param(hash).query(TokenOwner.class).optional();
    }

    /** Records use at most once a minute per token, so reads do not turn into a write each. */
    void touch(UUID id) {
        jdbc.sql("""
                update api_token set last_used_at = now()
                 where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')
                """).param(id).update();
    }
}
