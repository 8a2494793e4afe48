package dev.kizuna.sales;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A merged customer's or contact's deals and leads moving to the survivor, and what a customer holds here. */
@Repository
class SalesMergeRepository {

    private final JdbcClient jdbc;

    SalesMergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> moveCompanyDeals(UUID to, UUID from, UUID actor) {
        return move("deal", "company_id", to, from, actor);
    }

    List<UUID> moveCompanyLeads(UUID to, UUID from, UUID actor) {
        return move("lead", "company_id", to, from, actor);
    }

    List<UUID> moveContactDeals(UUID to, UUID from, UUID actor) {
        return move("deal", "contact_id", to, from, actor);
    }

    long dealsOf(UUID companyId) {
        return jdbc.sql("select count(*) from deal where company_id = ?").param(companyId).query(Long.class).single();
    }

    private List<UUID> move(String table, String column, UUID to, UUID from, UUID actor) {
        return jdbc.sql("update " + table + " set " + column + " = :to, version = version + 1, updated_at = now(),"
                + " updated_by = :actor where " + column + " = :from returning id")
                .param("to", to).param("from", from).param("actor", actor).query(UUID.class).list();
    }
}
