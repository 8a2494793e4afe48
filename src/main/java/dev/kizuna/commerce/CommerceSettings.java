package dev.kizuna.commerce;

import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The issuer printed on quotes and how long a quote is valid by default; administrators change them. */
@Service
@Transactional
public class CommerceSettings {

    private final CommerceSettingsRepository rows;
    private final AuditLog audit;

    CommerceSettings(CommerceSettingsRepository rows, AuditLog audit) {
        this.rows = rows;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Issuer issuer() {
        return read();
    }

    Issuer read() {
        return rows.read();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Issuer change(Issuer issuer, long version) {
        return save(issuer, version);
    }

    /** Also used by sample data. */
    Issuer save(Issuer issuer, long version) {
        Issuer before = read();
        String name = CommerceText.clean(issuer.name());
        String address = CommerceText.clean(issuer.address());
        String phone = CommerceText.clean(issuer.phone());
        String number = CommerceText.clean(issuer.registrationNumber()).toUpperCase(java.util.Locale.ROOT);
        Check.of().maxLength("issuerName", name, 120).maxLength("issuerAddress", address, 200)
                .maxLength("issuerPhone", phone, 30)
                .failIf(!number.isEmpty() && !number.matches("T\\d{13}"), "registrationNumber", "RegistrationNumber")
                .failIf(issuer.quoteValidDays() < 1 || issuer.quoteValidDays() > 365, "quoteValidDays", "Range", 1, 365)
                .verify();
        if (!rows.update(new Issuer(name, address, phone, number, issuer.quoteValidDays(), version),
                CurrentActor.idOrNull(), version)) {
            throw new StaleVersionException("commerce-setting", 1);
        }
        Issuer after = read();
        audit.record("commerce.settings.changed", "commerce-setting", null, before, after);
        return after;
    }
}
