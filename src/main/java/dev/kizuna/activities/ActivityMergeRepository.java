package dev.kizuna.activities;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A merged customer's or contact's activities moving to the survivor. */
@Repository
class ActivityMergeRepository {

    private final JdbcClient jdbc;

    ActivityMergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> moveCompany(UUID to, UUID from) {
        return jdbc.sql("update activity set company_id = ? where company_id = ? returning id").params(to, from)
                .query(UUID.class).list();
    }

    List<UUID> moveContact(UUID to, UUID from) {
        return jdbc.sql("update activity set contact_id = ? where contact_id = ? returning id").params(to, from)
                .query(UUID.class).list();
    }
}
