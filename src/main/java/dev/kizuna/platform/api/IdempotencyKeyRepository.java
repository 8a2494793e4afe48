package dev.kizuna.platform.api;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The idempotency_key table: one row per caller and key, holding the first successful answer. */
@Repository
class IdempotencyKeyRepository {

    /** A stored answer: what a replay sends back. */
    record Answer(int status, String contentType, String etag, String location, byte[] body) {
    }

    /** The key's request hash and, once the first request committed, its answer. */
    record StoredAnswer(String requestHash, Answer answer) {
    }

    private final JdbcClient jdbc;

    IdempotencyKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this request owns the key; false when an earlier request committed it. */
    boolean claim(UUID actor, String key, String hash) {
        return jdbc.sql("""
                insert into idempotency_key (actor_id, idem_key, request_hash) values (?, ?, ?)
                on conflict do nothing
                """).params(actor, key, hash).update() == 1;
    }

    Optional<StoredAnswer> find(UUID actor, String key) {
        return jdbc.sql("""
                select request_hash, response_status, response_type, response_etag, response_location, response_body
                  from idempotency_key where actor_id = ? and idem_key = ?
                """).params(actor, key)
                .query((rs, n) -> new StoredAnswer(rs.getString(1), rs.getObject(2) == null ? null
                        : new Answer(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBytes(6))))
                .optional();
    }

    void store(UUID actor, String key, Answer answer) {
        jdbc.sql("""
                update idempotency_key set response_status = ?, response_type = ?, response_etag = ?,
                       response_location = ?, response_body = ?
                 where actor_id = ? and idem_key = ?
                """).params(answer.status(), answer.contentType(), answer.etag(), answer.location(), answer.body(),
                actor, key).update();
    }

    int purgeOlderThanHours(int hours) {
        return jdbc.sql("delete from idempotency_key where created_at < now() - make_interval(hours => ?)")
                .param(hours).update();
    }
}
