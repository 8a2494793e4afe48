package dev.kizuna.sales;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the sample data needs beyond the facades: sample staff by e-mail, a sample deal by title, deals dated back. */
@Repository
class SalesSampleRepository {

    private final JdbcClient jdbc;

    SalesSampleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** As if the deal had entered its stage (and been created no later than that) at {@code entered}. */
    void enteredStageAt(UUID dealId, Instant entered) {
        jdbc.sql("update deal set stage_entered_at = ?, created_at = least(created_at, ?) where id = ?")
                .params(Timestamp.from(entered), Timestamp.from(entered), dealId).update();
    }

    Optional<UUID> userWithEmail(String email) {
        return jdbc.sql("select id from app_user where email = ?").param(email).query(UUID.class).optional();
    }

    Optional<UUID> dealTitled(String title) {
        return jdbc.sql("select id from deal where title = ?").param(title).query(UUID.class).optional();
    }
}
