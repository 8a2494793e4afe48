package dev.kizuna.integrations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Outgoing webhooks ({@code webhook}): where each one posts, and which board's or person's events it serves. */
@Repository
class WebhookRepository {

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Webhook> all() {
        return jdbc.sql("select * from webhook order by name, id").query(WebhookRepository::map).list();
    }

    Optional<Webhook> find(UUID id) {
        return jdbc.sql("select * from webhook where id = ?").param(id).query(WebhookRepository::map).optional();
    }

    /** The active webhooks serving a board's task events. */
    List<Webhook> activeOfBoard(UUID boardId) {
        return jdbc.sql("select * from webhook where board_id = ? and active").param(boardId)
                .query(WebhookRepository::map).list();
    }

    /** The active webhooks serving a person's notifications. */
    List<Webhook> activeOfUser(UUID userId) {
        return jdbc.sql("select * from webhook where user_id = ? and active").param(userId)
                .query(WebhookRepository::map).list();
    }

    /** The oldest active webhook with this name. */
    Optional<Webhook> activeNamed(String name) {
        return jdbc.sql("select * from webhook where name = ? and active order by created_at limit 1").param(name)
                .query(WebhookRepository::map).optional();
    }

    void insert(UUID id, Webhooks.Draft d, boolean active, UUID actor) {
        jdbc.sql("""
                insert into webhook (id, name, kind, board_id, user_id, url, room_id, token, active, created_by, updated_by)
                values (:id, :name, :kind, :board, :user, :url, :room, :token, :active, :actor, :actor)
                """).param("id", id).param("name", d.name()).param("kind", d.kind()).param("board", d.boardId())
                .param("user", d.userId()).param("url", d.url()).param("room", d.roomId()).param("token", d.token())
                .param("active", active).param("actor", actor).update();
    }

    /** Changes the webhook if {@code version} is its own; false when it is stale. */
    boolean update(UUID id, long version, Webhooks.Draft d, boolean active, UUID actor) {
        return jdbc.sql("""
                update webhook set name = :name, kind = :kind, board_id = :board, user_id = :user, url = :url,
                       room_id = :room, token = :token, active = :active, version = version + 1, updated_at = now(),
                       updated_by = :actor
                 where id = :id and version = :version
                """).param("name", d.name()).param("kind", d.kind()).param("board", d.boardId())
                .param("user", d.userId()).param("url", d.url()).param("room", d.roomId()).param("token", d.token())
                .param("active", active).param("actor", actor).param("id", id).param("version", version)
                .update() != 0;
    }

    /** Deletes the webhook if {@code version} is its own; false when it is stale. */
    boolean delete(UUID id, long version) {
        return jdbc.sql("delete from webhook where id = ? and version = ?").params(id, version).update() != 0;
    }

    private static Webhook map(ResultSet rs, int n) throws SQLException {
        return new Webhook(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("kind"),
                rs.getObject("board_id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("url"),
                rs.getString("room_id"), rs.getString("token"), rs.getBoolean("active"), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant());
    }
}
