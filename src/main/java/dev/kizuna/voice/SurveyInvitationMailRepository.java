package dev.kizuna.voice;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The survey invitations' outbox columns on {@code voice_survey_invitation}: queue, claim, sent, try again, failed. */
@Repository
class SurveyInvitationMailRepository {

    /** A mail claimed for sending. */
    record Claimed(UUID id, String to, String subject, String body, int attempts) {
    }

    private final JdbcClient jdbc;

    SurveyInvitationMailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void queue(UUID invitationId, String to, String subject, String body, Instant at) {
        jdbc.sql("""
                update voice_survey_invitation set mail_status = 'queued', mail_to = ?, mail_subject = ?, mail_body = ?,
                       mail_next_at = ? where id = ?""").params(to, subject, body, Timestamp.from(at), invitationId)
                .update();
    }

    /** Takes the next due mail (skipping those another instance holds) and marks it as being sent. */
    Optional<Claimed> claimNext(Instant now) {
        return jdbc.sql("""
                update voice_survey_invitation set mail_status = 'sending', mail_attempts = mail_attempts + 1
                 where id = (select id from voice_survey_invitation where mail_status = 'queued' and mail_next_at <= ?
                              order by mail_next_at, id limit 1 for update skip locked)
                returning id, mail_to, mail_subject, mail_body, mail_attempts""").param(Timestamp.from(now))
                .query((rs, n) -> new Claimed(rs.getObject("id", UUID.class), rs.getString("mail_to"),
                        rs.getString("mail_subject"), rs.getString("mail_body"), rs.getInt("mail_attempts")))
                .optional();
    }

    void sent(UUID id) {
        jdbc.sql("""
                update voice_survey_invitation set mail_status = 'sent', mailed = true, mail_subject = null,
                       mail_body = null, mail_error = null, mail_next_at = null, updated_at = now() where id = ?""")
                .param(id).update();
    }

    /** The server refused or could not be reached: try again at {@code next}, or give up when it is null. */
    void notSent(UUID id, String error, Instant next) {
        jdbc.sql("""
                update voice_survey_invitation set mail_status = case when ? then 'queued' else 'failed' end,
                       mail_next_at = ?, mail_error = ?,
                       mail_body = case when ? then mail_body end, mail_subject = case when ? then mail_subject end,
                       updated_at = now() where id = ?""")
                .params(next != null, next == null ? null : Timestamp.from(next), error, next != null, next != null,
                        id).update();
    }

    /** The invitation's mail state: status, attempts, last error (for tests and support). */
    Optional<String[]> state(UUID id) {
        return jdbc.sql("select mail_status, mail_attempts, mail_error from voice_survey_invitation where id = ?")
                .param(id).query((rs, n) -> new String[] {rs.getString(1), String.valueOf(rs.getInt(2)),
                        rs.getString(3)}).optional();
    }
}
