package dev.kizuna.customers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers added in a period, counted per owner through company_created_idx. */
@Repository
class NewCustomerRepository {

    private final JdbcClient jdbc;

    NewCustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per owner, customers whose record was created in {@code [from, to)}. */
    List<NewCustomers.PerOwner> countByOwner(Instant from, Instant to) {
        return jdbc.sql("""
                select c.owner_id, count(*) from company c
                 where c.created_at >= ? and c.created_at < ?
                 group by c.owner_id
                """).params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new NewCustomers.PerOwner(rs.getObject(1, UUID.class), rs.getLong(2))).list();
    }
}
