package dev.kizuna.sales;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The office's sales settings, one row ({@code sales_setting}, id 1): the stall limit and the coaching role. */
@Repository
class SalesSettingRepository {

    private final JdbcClient jdbc;

    SalesSettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int idleBusinessDays() {
        return jdbc.sql("select idle_business_days from sales_setting where id = 1").query(Integer.class).single();
    }

    long version() {
        return jdbc.sql("select version from sales_setting where id = 1").query(Long.class).single();
    }

    boolean setIdleBusinessDays(int days, long version, UUID actor) {
        return jdbc.sql("""
                update sales_setting set idle_business_days = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where id = 1 and version = ?
                """).params(days, actor, version).update() == 1;
    }

    /** The job role whose holders coach, if one is named. */
    UUID coachRoleId() {
        List<UUID> role = jdbc.sql("select coach_role_id from sales_setting where id = 1")
                .query((rs, n) -> rs.getObject(1, UUID.class)).list();
        return role.isEmpty() ? null : role.getFirst();
    }

    void setCoachRole(UUID roleId, UUID actor) {
        jdbc.sql("update sales_setting set coach_role_id = ?, updated_at = now(), updated_by = ? where id = 1")
                .params(roleId, actor).update();
    }
}
