package dev.kizuna.activities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The activity table: newest-first lists per customer, contact and rep, open follow-ups, unanswered calls. */
@Repository
class ActivityRepository {

    static final KeysetOrder NEWEST_FIRST = new KeysetOrder("a.occurred_at", "timestamptz", "a.id", true);

    private static final String SELECT = """
            select a.*, u.display_name as user_name, ch.name as channel_name, ty.name as type_name,
                   c.name as company_name, k.name as contact_name
              from activity a join app_user u on u.id = a.user_id
              join company c on c.id = a.company_id
              left join contact k on k.id = a.contact_id
              left join activity_option ch on ch.id = a.channel_id
              left join activity_option ty on ty.id = a.type_id
            """;

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Activity> find(UUID id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(ActivityRepository::map).optional();
    }

    void insert(UUID id, ActivityDraft d, Instant occurredAt, UUID userId) {
        jdbc.sql("""
                insert into activity (id, kind, occurred_at, user_id, channel_id, type_id, company_id, contact_id,
                    deal_id, outcome, details, follow_up_action, follow_up_on, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, d.kind(), Timestamp.from(occurredAt), userId, d.channelId(), d.typeId(), d.companyId(),
                d.contactId(), d.dealId(), outcome(d.outcome()), d.details(), d.followUpAction(), d.followUpOn(), userId)
                .update();
    }

    boolean update(UUID id, long version, ActivityDraft d, Instant occurredAt, UUID actor) {
        return jdbc.sql("""
                update activity set kind = ?, occurred_at = ?, channel_id = ?, type_id = ?, company_id = ?,
                    contact_id = ?, deal_id = ?, outcome = ?, details = ?, follow_up_action = ?, follow_up_on = ?,
                    version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(d.kind(), Timestamp.from(occurredAt), d.channelId(), d.typeId(), d.companyId(),
                d.contactId(), d.dealId(), outcome(d.outcome()), d.details(), d.followUpAction(), d.followUpOn(), actor,
                id, version).update() == 1;
    }

    /** When an activity was logged, for sample data that reads like weeks of real use. */
    void setLoggedAt(UUID id, Instant loggedAt) {
        jdbc.sql("update activity set logged_at = ? where id = ?").params(Timestamp.from(loggedAt), id).update();
    }

    boolean delete(UUID id, long version) {
        return jdbc.sql("delete from activity where id = ? and version = ?").params(id, version).update() == 1;
    }

    boolean completeFollowUp(UUID id, long version, UUID actor) {
        return jdbc.sql("""
                update activity set follow_up_done_at = now(), version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ? and follow_up_on is not null
                """).params(actor, id, version).update() == 1;
    }

    /** Activities logged against a deal, newest first (index activity_deal_idx, created by the sales module). */
    List<Activity> ofDeal(UUID dealId, int limit) {
        return jdbc.sql(SELECT + " where a.deal_id = ? order by a.occurred_at desc, a.id desc limit ?")
                .params(dealId, limit).query(ActivityRepository::map).list();
    }

    List<Activity> list(ActivityFilter f, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where true");
        List<Object> args = new ArrayList<>();
        if (f.companyId() != null) {
            sql.append(" and a.company_id = ?");
            args.add(f.companyId());
        }
        if (f.contactId() != null) {
            sql.append(" and a.contact_id = ?");
            args.add(f.contactId());
        }
        if (f.userId() != null) {
            sql.append(" and a.user_id = ?");
            args.add(f.userId());
        }
        if (f.from() != null) {
            sql.append(" and a.occurred_at >= ?");
            args.add(Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and a.occurred_at < ?");
            args.add(Timestamp.from(f.to()));
        }
        if (f.kind() != null) {
            sql.append(" and a.kind = ?");
            args.add(f.kind());
        }
        NEWEST_FIRST.appendAfter(sql, args, after);
        NEWEST_FIRST.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(ActivityRepository::map).list();
    }

    /** The rep's open follow-ups, soonest first (index activity_follow_up_idx). */
    List<Activity> openFollowUps(UUID userId, int limit) {
        return jdbc.sql(SELECT + """
                 where a.user_id = ? and a.follow_up_on is not null and a.follow_up_done_at is null
                 order by a.follow_up_on, a.id limit ?""").params(userId, limit).query(ActivityRepository::map).list();
    }

    /** Calls in a row that did not reach the customer (or the contact), since the last one that did. */
    int unreachedInARow(String column, UUID id) {
        if (id == null) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from activity a
                 where a.%1$s = ? and a.outcome = 'unreached'
                   and a.occurred_at > coalesce((select max(r.occurred_at) from activity r
                                                  where r.%1$s = ? and r.outcome = 'reached'), '-infinity')
                """.formatted(column)).params(id, id).query(Integer.class).single();
    }

    /** The customers the rep logged activities with most recently, for quick entry. */
    List<RecentCustomer> recentCustomers(UUID userId, int limit) {
        return jdbc.sql("""
                select c.id, c.name, c.name_kana, max(a.occurred_at) as last_at
                  from (select company_id, occurred_at from activity where user_id = ?
                         order by occurred_at desc limit 200) a
                  join company c on c.id = a.company_id
                 group by c.id, c.name, c.name_kana order by last_at desc limit ?
                """).params(userId, limit).query((rs, n) -> new RecentCustomer(rs.getObject(1, UUID.class),
                rs.getString(2), rs.getString(3))).list();
    }

    private static String outcome(Outcome o) {
        return o == null ? null : o.name().toLowerCase();
    }

    private static Activity map(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        Timestamp done = rs.getTimestamp("follow_up_done_at");
        java.sql.Date followUpOn = rs.getDate("follow_up_on");
        return new Activity(rs.getObject("id", UUID.class), rs.getString("kind"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getTimestamp("logged_at").toInstant(),
                rs.getObject("user_id", UUID.class), rs.getString("user_name"), rs.getObject("channel_id", UUID.class),
                rs.getString("channel_name"), rs.getObject("type_id", UUID.class), rs.getString("type_name"),
                rs.getObject("company_id", UUID.class), rs.getString("company_name"),
                rs.getObject("contact_id", UUID.class), rs.getString("contact_name"), rs.getObject("deal_id", UUID.class),
                outcome == null ? null : Outcome.valueOf(outcome.toUpperCase()), rs.getString("details"),
                rs.getString("follow_up_action"), followUpOn == null ? null : followUpOn.toLocalDate(),
                done == null ? null : done.toInstant(), rs.getLong("version"));
    }
}
