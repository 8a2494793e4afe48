package dev.kizuna.marketing;

import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How marketing mail goes out ({@link MailSettings}): the sender's name and postal address every mail prints
 * (特定電子メール法), the throttle and the attempts before a mail is marked failed. Administrators read and change
 * them; a change applies from the sender's next round and is audited.
 */
@Service
@Transactional
public class MarketingMailSettings {

    public static final int MAX_PER_MINUTE = 60_000;
    public static final int MAX_ATTEMPTS = 20;

    private final MarketingSettingsRepository settings;
    private final AuditLog audit;

    MarketingMailSettings(MarketingSettingsRepository settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public MailSettings get() {
        return settings.mail();
    }

    /** Changes what is given; nulls keep what was there. A stale {@code version} is 409. */
    @PreAuthorize("hasRole('ADMIN')")
    public MailSettings change(long version, String senderName, String senderAddress, Integer mailsPerMinute,
            Integer maxAttempts) {
        MailSettings before = settings.mail();
        String name = senderName == null ? before.senderName() : senderName.strip();
        String address = senderAddress == null ? before.senderAddress() : senderAddress.strip();
        int perMinute = mailsPerMinute == null ? before.mailsPerMinute() : mailsPerMinute;
        int attempts = maxAttempts == null ? before.maxAttempts() : maxAttempts;
        Check.of().required("senderName", name).maxLength("senderName", name, 120)
                .required("senderAddress", address).maxLength("senderAddress", address, 300)
                .failIf(perMinute < 1 || perMinute > MAX_PER_MINUTE, "mailsPerMinute", "Range", 1, MAX_PER_MINUTE)
                .failIf(attempts < 1 || attempts > MAX_ATTEMPTS, "maxAttempts", "Range", 1, MAX_ATTEMPTS).verify();
        if (!settings.updateMail(new MailSettings(name, address, perMinute, attempts, 0), version,
                CurrentActor.idOrNull())) {
            throw new StaleVersionException("marketingMailSettings", 1);
        }
        MailSettings after = settings.mail();
        audit.record("marketingMailSettings.updated", "marketingSettings", null, before, after);
        return after;
    }
}
