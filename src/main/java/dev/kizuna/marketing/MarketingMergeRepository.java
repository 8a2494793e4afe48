package dev.kizuna.marketing;

import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.db.CustomerRowsRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL that moves this module's rows of a merged customer and counts a customer's rows. */
@Repository
class MarketingMergeRepository extends CustomerRowsRepository {

    static final List<String> TABLES = List.of("subscription", "sequence_enrollment", "marketing_mail");
    /** Tables whose rows carry no version: moved as they are. */
    static final List<String> PLAIN = List.of("marketing_mail");

    MarketingMergeRepository(JdbcClient jdbc) {
        super(jdbc, TABLES);
    }

    /** Moves rows of a table without a version ({@link #PLAIN}). */
    List<UUID> movePlain(String table, UUID to, UUID from) {
        if (!PLAIN.contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return jdbc().sql("update " + table + " set company_id = ? where company_id = ? returning id").params(to, from)
                .query(UUID.class).list();
    }

    /**
     * Moves the merged customer's sequence enrolments; where both run the same sequence, the merged one's is
     * stopped first (a customer runs a sequence once at a time) and moved as stopped, so its log stays.
     */
    List<UUID> moveEnrollments(UUID to, UUID from) {
        jdbc().sql("""
                update sequence_enrollment e set status = 'stopped', stop_reason = 'merged', updated_at = now()
                where e.company_id = ? and e.status = 'active' and exists (select 1 from sequence_enrollment w
                  where w.company_id = ? and w.sequence_id = e.sequence_id and w.status = 'active')
                """).params(from, to).update();
        return jdbc().sql("update sequence_enrollment set company_id = ?, updated_at = now() where company_id = ?"
                + " returning id").params(to, from).query(UUID.class).list();
    }
}
