package dev.kizuna.marketing;

import java.util.List;

import dev.kizuna.platform.db.CustomerRowsRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL that moves this module's rows of a merged customer and counts a customer's rows. */
@Repository
class MarketingMergeRepository extends CustomerRowsRepository {

    static final List<String> TABLES = List.of("subscription");

    MarketingMergeRepository(JdbcClient jdbc) {
        super(jdbc, TABLES);
    }
}
