package dev.kizuna.voice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plain SQL over {@code voice_letter} and {@code voice_letter_review}. Joins {@code company}, {@code contact} and
 * {@code app_user} read-only for names, and {@code voice_letter_scan} for the letter's scan. The queue pages on (due_at, id), oldest due first, on a partial index of the
 * letters not sent yet. A claim is one conditional update, so of two people claiming at once exactly one gets it.
 */
@Repository
class LetterRepository {

    static final KeysetOrder BY_DUE = new KeysetOrder("l.due_at", "timestamptz", "l.id", false);
    private static final String SELECT = """
            select l.*, c.name as company_name, p.name as contact_name, u.display_name as assignee_name,
                   s.id as scan_id
              from voice_letter l join company c on c.id = l.company_id
              left join contact p on p.id = l.contact_id left join app_user u on u.id = l.assignee_id
              left join voice_letter_scan s on s.letter_id = l.id
            """;

    private final JdbcClient jdbc;

    LetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Letter> find(UUID id) {
        return jdbc.sql(SELECT + " where l.id = ?").param(id).query(LetterRepository::map).optional();
    }

    Optional<Letter> findForUpdate(UUID id) {
        jdbc.sql("select id from voice_letter where id = ? for update").param(id).query(UUID.class).optional();
        return find(id);
    }

    List<Letter> list(LetterFilter f, Instant now, Instant endOfDueDay, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where true");
        List<Object> args = new ArrayList<>();
        if ("open".equals(f.status())) {
            sql.append(" and l.status <> 'sent'");
        } else if (f.status() != null) {
            sql.append(" and l.status = ?");
            args.add(f.status());
        }
        if (f.unassigned()) {
            sql.append(" and l.assignee_id is null");
        }
        add(sql, args, " and l.assignee_id = ?", f.assigneeId());
        add(sql, args, " and l.kind = ?", f.kind());
        add(sql, args, " and l.company_id = ?", f.companyId());
        if (f.overdue() != null) {
            sql.append(f.overdue() ? " and l.status <> 'sent' and l.due_at < ?" : " and not (l.status <> 'sent' and l.due_at < ?)");
            args.add(Timestamp.from(now));
        }
        if (endOfDueDay != null) {
            sql.append(" and l.due_at < ?");
            args.add(Timestamp.from(endOfDueDay));
        }
        BY_DUE.appendAfter(sql, args, after);
        BY_DUE.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(LetterRepository::map).list();
    }

    private static void add(StringBuilder sql, List<Object> args, String condition, Object value) {
        if (value != null) {
            sql.append(condition);
            args.add(value);
        }
    }

    void insert(UUID id, LetterDraft d, Instant dueAt, UUID actor) {
        jdbc.sql("""
                insert into voice_letter (id, kind, company_id, contact_id, received_on, due_at, body, created_by,
                    updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, d.kind(), d.companyId(), d.contactId(), d.receivedOn(), Timestamp.from(dueAt),
                d.body(), actor, actor).update();
    }

    /** Claims an unclaimed letter (or keeps the claimer's own); false when someone else holds it or it is sent. */
    boolean claim(UUID id, UUID who) {
        return jdbc.sql("""
                update voice_letter set assignee_id = ?, claimed_at = coalesce(claimed_at, now()),
                    status = case when status = 'received' then 'writing' else status end,
                    version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and status <> 'sent' and (assignee_id is null or assignee_id = ?)
                """).params(who, who, id, who).update() == 1;
    }

    /** Gives the letter back to the queue (the writer's text stays); false when it is not the caller's. */
    boolean release(UUID id, UUID who) {
        return jdbc.sql("""
                update voice_letter set assignee_id = null, claimed_at = null, timer_output = null,
                    timer_started_at = null, status = case when status = 'writing' then 'received' else status end,
                    version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and assignee_id = ? and status in ('writing', 'returned') and timer_output is null
                """).params(who, id, who).update() == 1;
    }

    boolean write(UUID id, long version, String reply, List<String> copies, String rough, boolean researched,
            UUID actor) {
        return jdbc.sql("""
                update voice_letter set reply = ?, copy1 = ?, copy2 = ?, copy3 = ?, rough = ?,
                    researched_at = case when ? then coalesce(researched_at, now()) else researched_at end,
                    version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(reply, copies.get(0), copies.get(1), copies.get(2), rough, researched, actor, id, version)
                .update() == 1;
    }

    void startTimer(UUID id, String output, UUID actor) {
        jdbc.sql("""
                update voice_letter set timer_output = ?, timer_started_at = now(), version = version + 1,
                    updated_at = now(), updated_by = ? where id = ?
                """).params(output, actor, id).update();
    }

    /** Stops the running timer, adding its stretch to the output and to the writer's day; the seconds added. */
    int stopTimer(Letter l, Instant now, LocalDate day, UUID writer) {
        if (l.timerOutput() == null) {
            return 0;
        }
        int seconds = (int) Math.max(0, java.time.Duration.between(l.timerStartedAt(), now).toSeconds());
        String column = switch (l.timerOutput()) {
            case "reply" -> "reply_seconds";
            case "copies" -> "copies_seconds";
            default -> "rough_seconds";
        };
        jdbc.sql("update voice_letter set " + column + " = " + column + " + ?, timer_output = null,"
                + " timer_started_at = null, version = version + 1, updated_at = now(), updated_by = ? where id = ?")
                .params(seconds, writer, l.id()).update();
        jdbc.sql("""
                insert into voice_letter_time (id, letter_id, writer_id, output, work_day, seconds)
                values (gen_random_uuid(), ?, ?, ?, ?, ?)""").params(l.id(), writer, l.timerOutput(), day, seconds)
                .update();
        return seconds;
    }

    void setStatus(UUID id, String status, UUID actor) {
        jdbc.sql("""
                update voice_letter set status = ?,
                    submitted_at = case when ? = 'submitted' then now() else submitted_at end,
                    approved_at = case when ? = 'approved' then now() else approved_at end,
                    version = version + 1, updated_at = now(), updated_by = ? where id = ?
                """).params(status, status, status, actor, id).update();
    }

    void markSent(UUID id, UUID activityId, UUID actor) {
        jdbc.sql("""
                update voice_letter set status = 'sent', sent_at = now(), activity_id = ?, version = version + 1,
                    updated_at = now(), updated_by = ? where id = ?
                """).params(activityId, actor, id).update();
    }

    void addReview(UUID letterId, String decision, String comment, UUID actor) {
        jdbc.sql("""
                insert into voice_letter_review (id, letter_id, decision, comment, created_by, updated_by)
                values (gen_random_uuid(), ?, ?, ?, ?, ?)""").params(letterId, decision, comment, actor, actor)
                .update();
    }

    List<LetterReview> reviews(UUID letterId) {
        return jdbc.sql("""
                select r.*, u.display_name from voice_letter_review r left join app_user u on u.id = r.created_by
                 where r.letter_id = ? order by r.created_at, r.id""").param(letterId)
                .query((rs, n) -> new LetterReview(rs.getString("decision"), rs.getString("comment"),
                        rs.getString("display_name"), FeedbackRepository.instant(rs, "created_at"))).list();
    }

    static Letter map(ResultSet rs, int n) throws SQLException {
        return new Letter(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getObject("company_id", UUID.class),
                rs.getString("company_name"), rs.getObject("contact_id", UUID.class), rs.getString("contact_name"),
                rs.getObject("received_on", LocalDate.class), FeedbackRepository.instant(rs, "due_at"),
                rs.getString("body"), rs.getString("status"), rs.getObject("assignee_id", UUID.class),
                rs.getString("assignee_name"), FeedbackRepository.instant(rs, "claimed_at"),
                FeedbackRepository.instant(rs, "researched_at"), rs.getString("reply"),
                List.of(rs.getString("copy1"), rs.getString("copy2"), rs.getString("copy3")), rs.getString("rough"),
                rs.getInt("reply_seconds"), rs.getInt("copies_seconds"), rs.getInt("rough_seconds"),
                rs.getString("timer_output"), FeedbackRepository.instant(rs, "timer_started_at"),
                FeedbackRepository.instant(rs, "submitted_at"), FeedbackRepository.instant(rs, "approved_at"),
                FeedbackRepository.instant(rs, "sent_at"), rs.getObject("activity_id", UUID.class),
                rs.getLong("version"), FeedbackRepository.instant(rs, "created_at"),
                FeedbackRepository.instant(rs, "updated_at"), rs.getObject("scan_id", UUID.class));
    }
}
