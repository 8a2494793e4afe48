package dev.kizuna.marketing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** E-mail templates (table {@code email_template}). */
@Repository
class EmailTemplateRepository {

    static final KeysetOrder BY_NAME = new KeysetOrder("t.name", "text", "t.id", false);

    private final JdbcClient jdbc;

    EmailTemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EmailTemplate> find(UUID id) {
        return jdbc.sql("select * from email_template t where t.id = ?").param(id).query(EmailTemplateRepository::row)
                .optional();
    }

    List<EmailTemplate> list(Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder("select * from email_template t where true");
        List<Object> args = new ArrayList<>();
        BY_NAME.appendAfter(sql, args, after);
        BY_NAME.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(EmailTemplateRepository::row).list();
    }

    void insert(UUID id, EmailTemplateDraft d, UUID actor) {
        jdbc.sql("""
                insert into email_template (id, name, subject, body_text, body_html, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(id, d.name(), d.subject(), d.bodyText(), d.bodyHtml(), actor, actor).update();
    }

    boolean update(UUID id, long version, EmailTemplateDraft d, UUID actor) {
        return jdbc.sql("""
                update email_template set name = ?, subject = ?, body_text = ?, body_html = ?, version = version + 1,
                  updated_at = now(), updated_by = ? where id = ? and version = ?
                """).params(d.name(), d.subject(), d.bodyText(), d.bodyHtml(), actor, id, version).update() == 1;
    }

    boolean inUse(UUID id) {
        return jdbc.sql("""
                select exists (select 1 from campaign where template_id = ?)
                    or exists (select 1 from step_sequence_step where template_id = ?)
                """).params(id, id).query(Boolean.class).single();
    }

    boolean delete(UUID id) {
        return jdbc.sql("delete from email_template where id = ?").param(id).update() == 1;
    }

    private static EmailTemplate row(ResultSet rs, int n) throws SQLException {
        return new EmailTemplate(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("subject"),
                rs.getString("body_text"), rs.getString("body_html"), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
