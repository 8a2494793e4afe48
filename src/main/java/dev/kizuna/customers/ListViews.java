package dev.kizuna.customers;

import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved list views (保存したビュー): anyone signed in saves their own; members and above may share one with
 * everybody. A view is deleted by its owner, or by an administrator.
 */
@Service
@Transactional
public class ListViews {

    public static final List<String> OBJECT_TYPES = List.of("company", "deal");
    private static final String AUDIT_TYPE = "list-view";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ListViews(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The caller's own views and everyone's shared ones, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ListView> visible(String objectType) {
        return jdbc.sql(SELECT + " where v.object_type = ? and (v.owner_id = ? or v.shared) order by v.name, v.id")
                .params(objectType, CurrentActor.required().actorId()).query(ListViews::map).list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ListView find(UUID id) {
        return jdbc.sql(SELECT + " where v.id = ? and (v.owner_id = ? or v.shared)")
                .params(id, CurrentActor.required().actorId()).query(ListViews::map).optional()
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** Saves the list's current query under a name; sharing needs member level. */
    @PreAuthorize("isAuthenticated()")
    public ListView save(String objectType, String name, String query, boolean shared) {
        String clean = CustomerRules.text(name);
        String q = query == null ? "" : query.strip();
        Check.of().oneOf("objectType", objectType, OBJECT_TYPES)
                .required("name", clean).maxLength("name", clean, 60)
                .maxLength("query", q, 4000)
                .verify();
        if (shared && !CurrentActor.hasRole("MEMBER")) {
            throw new AccessDeniedException("sharing a view needs member level");
        }
        UUID id = Ids.newId();
        jdbc.sql("insert into list_view (id, object_type, name, owner_id, shared, query) values (?, ?, ?, ?, ?, ?)")
                .params(id, objectType, clean, CurrentActor.required().actorId(), shared, q.startsWith("?") ? q.substring(1) : q)
                .update();
        ListView saved = find(id);
        audit.record("list-view.created", AUDIT_TYPE, id, null, saved);
        return saved;
    }

    @PreAuthorize("isAuthenticated()")
    public void delete(UUID id) {
        ListView view = find(id);
        if (!view.ownerId().equals(CurrentActor.required().actorId()) && !CurrentActor.hasRole("ADMIN")) {
            throw new AccessDeniedException("only the owner or an administrator deletes a view");
        }
        jdbc.sql("delete from list_view where id = ?").param(id).update();
        audit.record("list-view.deleted", AUDIT_TYPE, id, view, null);
    }

    private static final String SELECT = """
            select v.*, u.display_name as owner_name from list_view v join app_user u on u.id = v.owner_id
            """;

    private static ListView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ListView(rs.getObject("id", UUID.class), rs.getString("object_type"), rs.getString("name"),
                rs.getObject("owner_id", UUID.class), rs.getString("owner_name"), rs.getBoolean("shared"),
                rs.getString("query"), rs.getLong("version"));
    }

}
