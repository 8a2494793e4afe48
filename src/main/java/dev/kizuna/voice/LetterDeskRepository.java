package dev.kizuna.voice;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.text.JapaneseText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reply desk's other SQL: finding the customer who wrote (by name, reading, phone or address, reading
 * {@code company} read-only), the writers' timed seconds per day, and overdue letters not yet reported to the manager.
 */
@Repository
class LetterDeskRepository {

    private final JdbcClient jdbc;

    LetterDeskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} customers whose name, reading, phone or address holds the text, in reading order. */
    List<LetterSenders.Sender> findSenders(String text, int limit) {
        String key = JapaneseText.searchKey(text);
        if (key.isEmpty()) {
            return List.of();
        }
        String like = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                select id, name, name_kana, prefecture || city || street || ' ' || building as address,
                       phone_display from company
                 where search_text like ? or replace(lower(normalize(prefecture || city || street || building, NFKC)),
                       ' ', '') like ?
                 order by name_kana, id limit ?""").params(like, like, limit)
                .query((rs, n) -> new LetterSenders.Sender(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("name_kana"), rs.getString("address").strip(), rs.getString("phone_display")))
                .list();
    }

    /** Writer → day → seconds timed, from {@code from} on. */
    Map<UUID, Map<LocalDate, Long>> secondsByWriterAndDay(LocalDate from) {
        Map<UUID, Map<LocalDate, Long>> out = new HashMap<>();
        jdbc.sql("""
                select writer_id, work_day, sum(seconds) as s from voice_letter_time where work_day >= ?
                 group by writer_id, work_day""").param(from)
                .query((rs, n) -> out.computeIfAbsent(rs.getObject("writer_id", UUID.class), k -> new HashMap<>())
                        .put(rs.getObject("work_day", LocalDate.class), rs.getLong("s"))).list();
        return out;
    }

    /** Open letters per writer (null key: unclaimed) and how many of them are overdue. */
    Map<UUID, long[]> openByWriter(Instant now) {
        Map<UUID, long[]> out = new HashMap<>();
        jdbc.sql("""
                select assignee_id, count(*) as n, count(*) filter (where due_at < ?) as late from voice_letter
                 where status <> 'sent' group by assignee_id""").param(Timestamp.from(now))
                .query((rs, n) -> out.put(rs.getObject("assignee_id", UUID.class),
                        new long[] {rs.getLong("n"), rs.getLong("late")})).list();
        return out;
    }

    /** Marks overdue open letters as reported and answers them (customer names), oldest due first. */
    List<String> takeNewlyOverdue(Instant now) {
        return jdbc.sql("""
                update voice_letter l set overdue_alerted_at = now() from company c
                 where c.id = l.company_id and l.status <> 'sent' and l.due_at < ? and l.overdue_alerted_at is null
                returning c.name""").param(Timestamp.from(now)).query(String.class).list();
    }

    Map<UUID, String> names(List<UUID> userIds) {
        Map<UUID, String> out = new HashMap<>();
        if (userIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select id, display_name from app_user where id = any(?)").param(userIds.toArray(UUID[]::new))
                .query((rs, n) -> out.put(rs.getObject("id", UUID.class), rs.getString("display_name"))).list();
        return out;
    }

    /** Who approved replies in the last {@code days} days, the most recent approver first. */
    List<UUID> recentApprovers(int days, int limit) {
        return jdbc.sql("""
                select created_by from voice_letter_review
                 where decision = 'approved' and created_by is not null and created_at > now() - make_interval(days => ?)
                 group by created_by order by max(created_at) desc limit ?""").params(days, limit)
                .query(UUID.class).list();
    }
}
