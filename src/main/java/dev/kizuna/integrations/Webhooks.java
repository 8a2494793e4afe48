package dev.kizuna.integrations;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.identity.Users;
import dev.kizuna.work.Boards;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outgoing webhooks, managed by administrators (with versions: a stale change is 409), audited without their tokens.
 * A webhook serves one board (its task events) or one user (their notifications).
 */
@Service
@Transactional
public class Webhooks {

    static final String AUDIT_TYPE = "webhook";

    private final WebhookRepository rows;
    private final Users users;
    private final Boards boards;
    private final WebhookOutbox outbox;
    private final AuditLog audit;
    private final WebhookTargets targets;

    Webhooks(WebhookRepository rows, Users users, Boards boards, WebhookOutbox outbox, AuditLog audit,
            WebhookTargets targets) {
        this.boards = boards;
        this.rows = rows;
        this.targets = targets;
        this.users = users;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** What an administrator types. A blank token on a change keeps the stored one. */
    public record Draft(String name, String kind, UUID boardId, UUID userId, String url, String roomId, String token,
            Boolean active) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Webhook> list() {
        return rows.all();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Webhook find(UUID id) {
        return outbox.webhook(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Webhook create(Draft draft) {
        Draft d = verify(draft, null);
        UUID id = Ids.newId();
        UUID actor = CurrentActor.idOrNull();
        rows.insert(id, d, d.active() == null || d.active(), actor);
        Webhook created = find(id);
        audit.record("webhook.created", AUDIT_TYPE, id, null, forAudit(created));
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Webhook update(UUID id, long version, Draft draft) {
        Webhook before = find(id);
        Draft d = verify(draft, before);
        if (!rows.update(id, version, d, d.active() == null ? before.active() : d.active(),
                CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Webhook after = find(id);
        audit.record("webhook.updated", AUDIT_TYPE, id, forAudit(before), forAudit(after));
        return after;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void delete(UUID id, long version) {
        Webhook before = find(id);
        if (!rows.delete(id, version)) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        audit.record("webhook.deleted", AUDIT_TYPE, id, forAudit(before), null);
    }

    /** Queues a test message now (the delivery job sends it within seconds; its result shows in the log). */
    @PreAuthorize("hasRole('ADMIN')")
    public Delivery sendTest(UUID id, String text) {
        Webhook hook = find(id);
        return outbox.enqueue(hook, "test", text, Map.of("webhookId", id.toString()));
    }

    /** Sends a failed (or waiting) delivery again at once. */
    @PreAuthorize("hasRole('ADMIN')")
    public void retry(UUID webhookId, UUID deliveryId) {
        find(webhookId);
        outbox.retry(webhookId, deliveryId);
        audit.record("webhook.retried", AUDIT_TYPE, webhookId, null, Map.of("deliveryId", deliveryId.toString()));
    }

    /** The newest deliveries of a webhook. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(UUID id, int limit) {
        find(id);
        return outbox.newestOf(id, limit);
    }

    private Draft verify(Draft d, Webhook before) {
        String name = d.name() == null ? "" : d.name().strip();
        String kind = d.kind() == null ? "" : d.kind().strip();
        String url = d.url() == null ? "" : d.url().strip();
        String room = d.roomId() == null ? "" : d.roomId().strip();
        String token = d.token() == null || d.token().isBlank() ? (before == null ? "" : before.token())
                : d.token().strip();
        Check check = Check.of().required("name", name).maxLength("name", name, 100)
                .required("kind", kind).oneOf("kind", kind, Webhook.KINDS)
                .failIf((d.boardId() == null) == (d.userId() == null), "boardId", "WebhookScope")
                .failIf(d.userId() != null && !users.exists(d.userId()), "userId", "UnknownUser")
                .failIf(d.boardId() != null && !boards.exists(d.boardId()), "boardId", "UnknownId")
                .failIf(!"chatwork".equals(kind) && !url.startsWith("https://") && !url.startsWith("http://"), "url",
                        "Url")
                .maxLength("url", url, 500)
                .failIf(!"chatwork".equals(kind) && targets.refusesOnSave(url), "url", "PrivateAddress")
                .failIf("chatwork".equals(kind) && !room.matches("\\d{1,20}"), "roomId", "ChatworkRoom")
                .failIf("chatwork".equals(kind) && token.isEmpty(), "token", "NotBlank")
                .maxLength("token", token, 200);
        check.verify();
        return new Draft(name, kind, d.boardId(), d.userId(), "chatwork".equals(kind) ? "" : url,
                "chatwork".equals(kind) ? room : "", token, d.active());
    }

    private static Map<String, Object> forAudit(Webhook w) {
        return Map.of("name", w.name(), "kind", w.kind(), "boardId", String.valueOf(w.boardId()),
                "userId", String.valueOf(w.userId()), "url", w.url(), "roomId", w.roomId(), "token", w.maskedToken(),
                "active", w.active());
    }
}
