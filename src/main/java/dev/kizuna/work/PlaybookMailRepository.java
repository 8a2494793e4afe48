package dev.kizuna.work;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code playbook_mail}: each pass of a mail step sends once, recorded before it goes out. */
@Repository
class PlaybookMailRepository {

    private final JdbcClient jdbc;

    PlaybookMailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a mail about to be sent; false when this pass of this step already has one (sent or being sent). */
    boolean recordMail(UUID runId, int step, int iteration, String to) {
        return jdbc.sql("""
                insert into playbook_mail (run_id, step, iteration, to_address) values (?, ?, ?, ?)
                on conflict do nothing
                """).params(runId, step, iteration, to).update() == 1;
    }

    void mailSent(UUID runId, int step, int iteration, boolean ok) {
        jdbc.sql("""
                update playbook_mail set status = ?, sent_at = case when ? then now() end
                where run_id = ? and step = ? and iteration = ?
                """).params(ok ? "sent" : "failed", ok, runId, step, iteration).update();
    }

    Optional<String> mailStatus(UUID runId, int step, int iteration) {
        return jdbc.sql("select status from playbook_mail where run_id = ? and step = ? and iteration = ?")
                .params(runId, step, iteration).query(String.class).optional();
    }
}
