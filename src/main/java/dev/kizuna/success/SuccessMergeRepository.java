package dev.kizuna.success;

import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.db.CustomerRowsRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL that moves this module's rows of a merged customer and counts a customer's rows. */
@Repository
class SuccessMergeRepository extends CustomerRowsRepository {

    static final List<String> TABLES = List.of("success_plan", "success_meeting", "success_kpi", "success_contract",
            "success_churn");

    SuccessMergeRepository(JdbcClient jdbc) {
        super(jdbc, TABLES);
    }

    boolean hasPlan(UUID companyId) {
        return count("success_plan", companyId) > 0;
    }
}
