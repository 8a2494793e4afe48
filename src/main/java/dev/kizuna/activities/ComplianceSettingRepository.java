package dev.kizuna.activities;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The single row of compliance_setting. */
@Repository
class ComplianceSettingRepository {

    private final JdbcClient jdbc;

    ComplianceSettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ComplianceSettings get() {
        return jdbc.sql("""
                select late_after_hours, dormant_days, weight_complete, weight_on_time, weight_active,
                       weight_follow_up, version from compliance_setting where id = 1
                """).query((rs, n) -> new ComplianceSettings(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                rs.getInt(5), rs.getInt(6), rs.getLong(7))).optional().orElse(ComplianceSettings.DEFAULTS);
    }

    boolean update(ComplianceSettings s, long version, UUID actor) {
        return jdbc.sql("""
                update compliance_setting set late_after_hours = ?, dormant_days = ?, weight_complete = ?,
                       weight_on_time = ?, weight_active = ?, weight_follow_up = ?, version = version + 1,
                       updated_at = now(), updated_by = ?
                 where id = 1 and version = ?
                """).params(s.lateAfterHours(), s.dormantDays(), s.weightComplete(), s.weightOnTime(),
                s.weightActive(), s.weightFollowUp(), actor, version).update() == 1;
    }
}
