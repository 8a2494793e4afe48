package dev.kizuna.sales;

import java.util.List;

import dev.kizuna.platform.db.CustomerRowsRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL that moves a merged customer's or contact's deals and leads and counts a customer's deals. */
@Repository
class SalesMergeRepository extends CustomerRowsRepository {

    /** Tables with columns that point at a customer ({@code company_id}) or a contact ({@code contact_id}). */
    static final List<String> TABLES = List.of("deal", "lead");

    SalesMergeRepository(JdbcClient jdbc) {
        super(jdbc, TABLES);
    }
}
