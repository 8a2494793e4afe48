package dev.kizuna.marketing;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of {@code marketing_setting}. */
@Repository
class MarketingSettingsRepository {

    private final JdbcClient jdbc;

    MarketingSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MarketingSettings get() {
        return jdbc.sql("select * from marketing_setting where id = 1").query((rs, n) -> new MarketingSettings(
                rs.getInt("f2_from"), rs.getInt("f3_from"), rs.getInt("f4_from"), rs.getLong("ltv_goal"),
                rs.getLong("version"))).single();
    }

    boolean update(MarketingSettings s, long version, UUID actor) {
        return jdbc.sql("""
                update marketing_setting set f2_from = ?, f3_from = ?, f4_from = ?, ltv_goal = ?, version = version + 1,
                    updated_at = now(), updated_by = ? where id = 1 and version = ?
                """).params(s.f2From(), s.f3From(), s.f4From(), s.ltvGoal(), actor, version).update() == 1;
    }

    MailSettings mail() {
        return jdbc.sql("select * from marketing_setting where id = 1").query((rs, n) -> new MailSettings(
                rs.getString("sender_name"), rs.getString("sender_address"), rs.getInt("mails_per_minute"),
                rs.getInt("max_attempts"), rs.getLong("version"))).single();
    }

    boolean updateMail(MailSettings s, long version, UUID actor) {
        return jdbc.sql("""
                update marketing_setting set sender_name = ?, sender_address = ?, mails_per_minute = ?,
                    max_attempts = ?, version = version + 1, updated_at = now(), updated_by = ?
                where id = 1 and version = ?
                """).params(s.senderName(), s.senderAddress(), s.mailsPerMinute(), s.maxAttempts(), actor, version)
                .update() == 1;
    }
}
