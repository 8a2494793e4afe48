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

    void insert(UUID id, UUID userId, String name, String hash, String prefix, String scope, Instant expiresAt) {
        jdbc.sql("""
                insert into api_token (id, user_id, name, token_hash, token_prefix, scope, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(id, userId, name, hash, prefix, scope,
                expiresAt == null ? null : java.sql.Timestamp.from(expiresAt)).update();
    }

    Optional<ApiToken> find(UUID id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query(ApiToken.class).optional();
    }

    List<ApiToken> forUser(UUID userId) {
        return jdbc.sql(SELECT + " where t.user_id = ? order by t.created_at desc").param(userId)
                .query(ApiToken.class).list();
    }

    void revoke(UUID id) {
        jdbc.sql("update api_token set revoked_at = now() where id = ? and revoked_at is null").param(id).update();
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
