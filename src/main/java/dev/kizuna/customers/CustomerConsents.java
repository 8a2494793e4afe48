package dev.kizuna.customers;

import java.util.Set;
import java.util.UUID;

import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a customer agreed to be contacted by (メール配信 可/不可 …), changed by the customer themselves rather than by
 * someone editing the record: an unsubscribe link turns e-mail off at once, whatever version the record is at.
 */
@Service
@Transactional
public class CustomerConsents {

    private final CompanyRepository companies;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CustomerConsents(CompanyRepository companies, AuditLog audit, ApplicationEventPublisher events) {
        this.companies = companies;
        this.audit = audit;
        this.events = events;
    }

    /**
     * The customer no longer accepts e-mail (配信停止, an unsubscribe link): e-mail opt-in off at once, audited and
     * announced as a change of {@code emailOptIn} like any other. The system (the public unsubscribe page) may call
     * it. False when it was off already or there is no such customer.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean optOutOfEmail(UUID id) {
        Company before = companies.find(id).orElse(null);
        if (before == null || !companies.optOutOfEmail(id, CurrentActor.idOrNull())) {
            return false;
        }
        Company after = companies.find(id).orElseThrow();
        audit.record("company.emailOptOut", Companies.AUDIT_TYPE, id, before.audit(), after.audit());
        events.publishEvent(new CompanyUpdated(id, Set.of("emailOptIn")));
        return true;
    }

    /**
     * Whether the customer unsubscribed themselves (an unsubscribe link) and has not agreed to e-mail again since: then
     * no e-mail at all goes to them, not even a playbook's service mail. Not agreeing to marketing mail (メール配信: 不可
     * from the start) is not unsubscribing.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean unsubscribedFromEmail(UUID id) {
        return companies.unsubscribedFromEmail(id);
    }
}
