package dev.kizuna.success;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code success_template}, its phases and its items. */
@Repository
class TemplateRepository {

    private final JdbcClient jdbc;

    TemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SuccessTemplate> list() {
        return jdbc.sql("select id from success_template order by builtin desc, name, id").query(UUID.class).list()
                .stream().map(id -> find(id).orElseThrow()).toList();
    }

    Optional<SuccessTemplate> find(UUID id) {
        return jdbc.sql("select * from success_template where id = ?").param(id)
                .query((rs, n) -> new SuccessTemplate(id, rs.getString("name"), rs.getBoolean("builtin"), phases(id),
                        items(id), rs.getLong("version"))).optional();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("select count(*) from success_template where lower(name) = lower(?)").param(name)
                .query(Long.class).single() > 0;
    }

    void insert(UUID id, SuccessTemplate t, UUID actor) {
        jdbc.sql("insert into success_template (id, name, created_by, updated_by) values (?, ?, ?, ?)")
                .params(id, t.name(), actor, actor).update();
        for (PhaseSpan p : t.phases()) {
            jdbc.sql("""
                    insert into success_template_phase (template_id, position, phase_key, name, start_months, end_months)
                    values (?, ?, ?, ?, ?, ?)
                    """).params(id, p.position(), p.key(), p.name(), p.startMonths(), p.endMonths()).update();
        }
        int position = 0;
        for (SuccessTemplate.Item i : t.items()) {
            jdbc.sql("""
                    insert into success_template_item (id, template_id, phase_position, position, title, title_key,
                        side, due_offset_days) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?)
                    """).params(id, i.phase(), position++, i.title(), i.titleKey(), i.side(), i.dueOffsetDays())
                    .update();
        }
    }

    /** A template item as its plan's playbook step sees it: its key is phase.position, the same on every plan. */
    record StepItem(String key, String title, String side, int dueOffsetDays) {
    }

    /** The template's items in the order they fall due (then phase and position). */
    List<StepItem> itemsByDueDay(UUID templateId) {
        return jdbc.sql("""
                select * from success_template_item where template_id = ?
                order by due_offset_days, phase_position, position
                """).param(templateId).query((rs, n) -> new StepItem(rs.getInt("phase_position") + "."
                        + rs.getInt("position"), rs.getString("title"), rs.getString("side"),
                        rs.getInt("due_offset_days"))).list();
    }

    private List<PhaseSpan> phases(UUID templateId) {
        return jdbc.sql("select * from success_template_phase where template_id = ? order by position")
                .param(templateId).query(TemplateRepository::phase).list();
    }

    private List<SuccessTemplate.Item> items(UUID templateId) {
        return jdbc.sql("""
                select * from success_template_item where template_id = ? order by phase_position, position
                """).param(templateId).query((rs, n) -> new SuccessTemplate.Item(rs.getInt("phase_position"),
                        rs.getString("title"), rs.getString("title_key"), rs.getString("side"),
                        rs.getInt("due_offset_days"))).list();
    }

    static PhaseSpan phase(ResultSet rs, int n) throws SQLException {
        return new PhaseSpan(rs.getInt("position"), rs.getString("phase_key"), rs.getString("name"),
                rs.getInt("start_months"), (Integer) rs.getObject("end_months"));
    }
}
