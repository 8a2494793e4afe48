package dev.kizuna.sales;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Coaches' notes on deals ({@code deal_coaching_note}), with their author's and acknowledger's names. */
@Repository
class CoachingNoteRepository {

    private static final String SELECT = """
            select n.*, a.display_name as author_name, b.display_name as acknowledged_by_name
              from deal_coaching_note n
              join app_user a on a.id = n.author_id
              left join app_user b on b.id = n.acknowledged_by
            """;

    private final JdbcClient jdbc;

    CoachingNoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CoachingNotes.Note> find(UUID id) {
        return jdbc.sql(SELECT + " where n.id = ?").param(id).query(CoachingNoteRepository::map).optional();
    }

    /** A deal's notes, newest first. */
    List<CoachingNotes.Note> ofDeal(UUID dealId) {
        return jdbc.sql(SELECT + " where n.deal_id = ? order by n.created_at desc, n.id desc").param(dealId)
                .query(CoachingNoteRepository::map).list();
    }

    void insert(UUID id, UUID dealId, String kind, String body, String nextStep, LocalDate nextStepOn,
            UUID authorId) {
        jdbc.sql("""
                insert into deal_coaching_note (id, deal_id, kind, body, next_step, next_step_on, author_id)
                values (:id, :deal, :kind, :body, :nextStep, :nextStepOn, :author)
                """).param("id", id).param("deal", dealId).param("kind", kind).param("body", body)
                .param("nextStep", nextStep).param("nextStepOn", nextStepOn == null ? null : Date.valueOf(nextStepOn))
                .param("author", authorId).update();
    }

    /** Marks an open note acknowledged if {@code version} is its own; false when it is stale or already done. */
    boolean acknowledge(UUID id, long version, UUID actor, boolean accepted) {
        return jdbc.sql("""
                update deal_coaching_note set acknowledged_at = now(), acknowledged_by = ?, accepted = ?,
                       version = version + 1
                 where id = ? and version = ? and acknowledged_at is null
                """).params(actor, accepted, id, version).update() != 0;
    }

    /** Per deal: its notes not yet acknowledged (deals without any are left out). */
    Map<UUID, Long> openPerDeal(List<UUID> dealIds) {
        Map<UUID, Long> out = new LinkedHashMap<>();
        if (dealIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select deal_id, count(*) from deal_coaching_note
                 where deal_id = any(?::uuid[]) and acknowledged_at is null group by deal_id
                """).param(dealIds.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, n) -> out.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
        return out;
    }

    private static CoachingNotes.Note map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Date on = rs.getDate("next_step_on");
        Timestamp ack = rs.getTimestamp("acknowledged_at");
        return new CoachingNotes.Note(rs.getObject("id", UUID.class), rs.getObject("deal_id", UUID.class),
                rs.getString("kind"), rs.getString("body"), rs.getString("next_step"),
                on == null ? null : on.toLocalDate(), rs.getObject("author_id", UUID.class),
                rs.getString("author_name"), rs.getTimestamp("created_at").toInstant(),
                ack == null ? null : ack.toInstant(), rs.getString("acknowledged_by_name"), rs.getBoolean("accepted"),
                rs.getLong("version"));
    }
}
