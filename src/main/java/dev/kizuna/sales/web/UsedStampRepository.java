package dev.kizuna.sales.web;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inquiry_stamp_used table: each signed inquiry-form stamp is used once, on whichever instance. */
@Repository
class UsedStampRepository {

    private final JdbcClient jdbc;

    UsedStampRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time a stamp is used; false ever after (until it has expired and been forgotten). */
    boolean use(String stamp, Instant expiresAt) {
        jdbc.sql("delete from inquiry_stamp_used where expires_at < now()").update();
        return jdbc.sql("insert into inquiry_stamp_used (stamp, expires_at) values (?, ?) on conflict do nothing")
                .params(stamp, Timestamp.from(expiresAt)).update() == 1;
    }
}
