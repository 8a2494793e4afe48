package dev.kizuna.inventory;

import java.util.List;
import java.util.UUID;

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
 * Locations: everyone signed in reads them; managers add and change them. The first location added is the default
 * (order shipments leave from it) until another is made the default. Audited; changes carry the version.
 */
@Service
@Transactional
public class Locations {

    static final String AUDIT_TYPE = "stockLocation";

    private final LocationRepository locations;
    private final AuditLog audit;

    Locations(LocationRepository locations, AuditLog audit) {
        this.locations = locations;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Location find(UUID id) {
        return locations.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Location> list(String kind) {
        Check.of().oneOf("filter[kind]", kind, Location.KINDS).verify();
        return locations.list(kind);
    }

    /** The default location, if one was added. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<Location> defaultLocation() {
        return locations.defaultLocation();
    }

    @PreAuthorize("hasRole('MANAGER')")
    public Location create(Location draft) {
        String code = InventoryText.clean(draft.code());
        String name = InventoryText.clean(draft.name());
        String kind = draft.kind() == null ? "warehouse" : draft.kind();
        Location l = new Location(Ids.newId(), code, name, kind, draft.isDefault(),
                InventoryText.clean(draft.noticeEmail()), InventoryText.clean(draft.noticeWebhook()), 0);
        Check c = check(l).required("code", code).maxLength("code", code, 40).oneOf("kind", kind, Location.KINDS);
        c.failIf(!code.isEmpty() && locations.byCode(code).isPresent(), "code", "Duplicate").verify();
        boolean first = locations.defaultLocation().isEmpty();
        if (l.isDefault()) {
            locations.clearDefault();
        }
        Location saved = new Location(l.id(), code, name, kind, l.isDefault() || first, l.noticeEmail(),
                l.noticeWebhook(), 0);
        locations.insert(saved, CurrentActor.idOrNull());
        audit.record("stockLocation.created", AUDIT_TYPE, l.id(), null, saved);
        return find(l.id());
    }

    /** Name, notice addresses and whether it is the default; null keeps a value. */
    @PreAuthorize("hasRole('MANAGER')")
    public Location update(UUID id, long version, Location draft) {
        Location before = find(id);
        Location l = new Location(id, before.code(), draft.name() == null ? before.name() : draft.name().strip(),
                before.kind(), draft.isDefault() || before.isDefault(),
                draft.noticeEmail() == null ? before.noticeEmail() : draft.noticeEmail().strip(),
                draft.noticeWebhook() == null ? before.noticeWebhook() : draft.noticeWebhook().strip(), version);
        check(l).verify();
        if (l.isDefault() && !before.isDefault()) {
            locations.clearDefault(); // touches only the old default's row, not this one
        }
        if (!locations.update(l, version, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Location after = find(id);
        audit.record("stockLocation.updated", AUDIT_TYPE, id, before, after);
        return after;
    }

    private static Check check(Location l) {
        Check c = Check.of().required("name", l.name()).maxLength("name", l.name(), 120)
                .maxLength("noticeEmail", l.noticeEmail(), 200).maxLength("noticeWebhook", l.noticeWebhook(), 500);
        if (!l.noticeEmail().isEmpty()) {
            c.email("noticeEmail", l.noticeEmail());
        }
        c.failIf(!l.noticeWebhook().isEmpty() && !l.noticeWebhook().startsWith("https://"), "noticeWebhook",
                "InventoryHttps");
        return c;
    }
}
