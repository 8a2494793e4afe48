package dev.kizuna.activities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channels and types of activity, and the details templates per type: everyone reads them; administrators
 * add, retire and reinstate them (a retired one stays on past activities).
 */
@Service
@Transactional
public class ActivityOptions {

    private static final String AUDIT_TYPE = "activity-option";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ActivityOptions(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Channels or types ({@link ActivityOption#CHANNEL}, {@link ActivityOption#TYPE}) in their order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActivityOption> of(String kind, boolean withRetired) {
        return jdbc.sql("select * from activity_option where kind = ? and (? or not retired) order by position, name")
                .params(kind, withRetired).query(ActivityOptions::map).list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ActivityOption> find(UUID id) {
        return id == null ? Optional.empty()
                : jdbc.sql("select * from activity_option where id = ?").param(id).query(ActivityOptions::map).optional();
    }

    /** Templates of a type (all types when null), in their order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActivityTemplate> templates(UUID typeId) {
        return jdbc.sql("""
                select * from activity_template where (cast(? as uuid) is null or type_id = ?) and not retired
                 order by position, title""").params(typeId, typeId).query((rs, n) -> new ActivityTemplate(
                rs.getObject("id", UUID.class), rs.getObject("type_id", UUID.class), rs.getString("title"),
                rs.getString("body"), rs.getInt("position"), rs.getBoolean("retired"), rs.getLong("version"))).list();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ActivityOption add(String kind, String name, String nameEn, boolean call) {
        return insert(kind, name, nameEn, call);
    }

    /** Also used by sample data and first start, where nobody is signed in. */
    ActivityOption insert(String kind, String name, String nameEn, boolean call) {
        String clean = name == null ? "" : java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFKC);
        Check check = Check.of().oneOf("kind", kind, List.of(ActivityOption.CHANNEL, ActivityOption.TYPE))
                .required("name", clean).maxLength("name", clean, 40).maxLength("nameEn", nameEn, 40);
        check.failIf(!clean.isEmpty() && jdbc.sql("select exists (select 1 from activity_option where kind = ? and name = ?)")
                .params(kind, clean).query(Boolean.class).single(), "name", "Duplicate");
        check.verify();
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into activity_option (id, kind, name, name_en, is_call, position)
                values (?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from activity_option where kind = ?))
                """).params(id, kind, clean, nameEn == null ? "" : nameEn.strip(), ActivityOption.CHANNEL.equals(kind) && call,
                kind).update();
        ActivityOption created = find(id).orElseThrow();
        audit.record("activity-option.created", AUDIT_TYPE, id, null, created);
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ActivityOption setRetired(UUID id, long version, boolean retired) {
        ActivityOption before = find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        if (jdbc.sql("update activity_option set retired = ?, version = version + 1 where id = ? and version = ?")
                .params(retired, id, version).update() != 1) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        ActivityOption after = find(id).orElseThrow();
        audit.record(retired ? "activity-option.retired" : "activity-option.reinstated", AUDIT_TYPE, id, before, after);
        return after;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ActivityTemplate addTemplate(UUID typeId, String title, String body) {
        return insertTemplate(typeId, title, body);
    }

    ActivityTemplate insertTemplate(UUID typeId, String title, String body) {
        Check.of().required("typeId", typeId)
                .failIf(typeId != null && find(typeId).filter(o -> ActivityOption.TYPE.equals(o.kind())).isEmpty(),
                        "typeId", "UnknownId")
                .required("templateTitle", title).maxLength("templateTitle", title, 40)
                .required("templateBody", body).maxLength("templateBody", body, 2000).verify();
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into activity_template (id, type_id, title, body, position)
                values (?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from activity_template where type_id = ?))
                """).params(id, typeId, title.strip(), body.strip(), typeId).update();
        ActivityTemplate created = templates(typeId).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        audit.record("activity-template.created", AUDIT_TYPE, id, null, created);
        return created;
    }

    private static ActivityOption map(ResultSet rs, int n) throws SQLException {
        return new ActivityOption(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("name"),
                rs.getString("name_en"), rs.getBoolean("is_call"), rs.getInt("position"), rs.getBoolean("retired"),
                rs.getLong("version"));
    }
}
