package dev.kizuna.platform.audit;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import dev.kizuna.platform.security.Actor;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit log: every module writes "who did what to which record, before and after"
 * through this one facade. The entry joins the caller's transaction, so a change and its audit entry are
 * written together or not at all. Never pass secrets (password hashes, tokens) as before/after values.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final JsonMapper json;

    AuditLog(AuditEventRepository events, JsonMapper json) {
        this.events = events;
        this.json = json;
    }

    /**
     * Records an action by the current actor (or "system" outside a request).
     *
     * @param action     dotted verb such as {@code user.created}, {@code signin.failed}
     * @param objectType what kind of record, such as {@code user}; may be null for sign-ins
     * @param objectId   the record's id, or null
     * @param before     the record's relevant values before the change, or null
     * @param after      the values after the change, or null
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String objectType, Object objectId, Object before, Object after) {
        Actor actor = CurrentActor.get().orElse(null);
        record(actor == null ? null : actor.actorId(), actor == null ? "system" : actor.actorName(),
                action, objectType, objectId, null, before, after);
    }

    /** Records an action with an explicit actor, for events that happen before anyone is signed in. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(UUID actorId, String actorName, String action, String objectType, Object objectId,
            String summary, Object before, Object after) {
        events.insert(new AuditEventRepository.NewAuditEvent(actorId, actorName, action, objectType,
                objectId == null ? null : objectId.toString(), summary, toJson(before), toJson(after), clientIp()));
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
