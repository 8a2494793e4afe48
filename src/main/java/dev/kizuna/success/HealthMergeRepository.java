package dev.kizuna.success;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current score's part in a merge, and a deleted customer's derived health rows. */
@Repository
class HealthMergeRepository {

    private final JdbcClient jdbc;

    HealthMergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the merged customer's current score to a survivor without one, else drops it; true when it moved. */
    boolean moveScoreUnlessSurvivorHasOne(UUID survivorId, UUID mergedId) {
        int moved = jdbc.sql("""
                update success_health_score set company_id = ? where company_id = ?
                   and not exists (select 1 from success_health_score s where s.company_id = ?)
                """).params(survivorId, mergedId, survivorId).update();
        jdbc.sql("delete from success_health_score where company_id = ?").param(mergedId).update();
        return moved > 0;
    }

    void deleteDerived(UUID companyId) {
        jdbc.sql("delete from success_health_score where company_id = ?").param(companyId).update();
        jdbc.sql("delete from success_health_snapshot where company_id = ?").param(companyId).update();
        jdbc.sql("delete from success_usage_metric where company_id = ?").param(companyId).update();
    }
}
