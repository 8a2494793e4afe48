package dev.kizuna.work;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the sample data needs beyond the facades: sample staff and customers, a custom field, tasks dated back. */
@Repository
class WorkSampleRepository {

    private final JdbcClient jdbc;

    WorkSampleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first business customers (not individuals) created, at most {@code limit}. */
    List<UUID> firstCompanies(int limit) {
        return jdbc.sql("select id from company where kind = 'company' order by created_at, id limit ?").param(limit)
                .query(UUID.class).list();
    }

    /** Whether customers have the custom field with this key. */
    boolean companyFieldExists(String fieldKey) {
        return jdbc.sql("select count(*) from custom_field where object_type = 'company' and field_key = ?")
                .param(fieldKey).query(Long.class).single() > 0;
    }

    /** As if the task had been handed over {@code days} days ago. */
    void createdDaysAgo(UUID taskId, int days) {
        jdbc.sql("update task set created_at = now() - make_interval(days => ?) where id = ?").params(days, taskId)
                .update();
    }

    Optional<UUID> userWithEmail(String email) {
        return jdbc.sql("select id from app_user where email = ?").param(email).query(UUID.class).optional();
    }
}
