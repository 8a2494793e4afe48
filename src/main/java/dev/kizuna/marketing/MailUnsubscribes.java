package dev.kizuna.marketing;

import java.util.UUID;

import dev.kizuna.customers.CustomerConsents;
import dev.kizuna.platform.security.SystemActor;
import org.springframework.stereotype.Service;

/**
 * The public unsubscribe link {@code /u/{token}} of every marketing mail: the token names one customer, whose e-mail
 * opt-in goes off at once for everything Kizuna sends (campaigns, sequences and any other module that checks it);
 * mails already queued are skipped when their turn comes. No sign-in: the unguessable token is the permission.
 */
@Service
public class MailUnsubscribes {

    /** What a link led to: unknown (no such token), done (now unsubscribed), already (was off before). */
    public enum Outcome { UNKNOWN, DONE, ALREADY }

    private final MarketingMailRepository mails;
    private final CustomerConsents consents;

    MailUnsubscribes(MarketingMailRepository mails, CustomerConsents consents) {
        this.mails = mails;
        this.consents = consents;
    }

    /** Whether the token is one Kizuna sent. */
    public boolean known(String token) {
        return valid(token) && mails.companyOfToken(token).isPresent();
    }

    public Outcome unsubscribe(String token) {
        if (!valid(token)) {
            return Outcome.UNKNOWN;
        }
        UUID companyId = mails.companyOfToken(token).orElse(null);
        if (companyId == null) {
            return Outcome.UNKNOWN;
        }
        return SystemActor.call(() -> consents.optOutOfEmail(companyId)) ? Outcome.DONE : Outcome.ALREADY;
    }

    private static boolean valid(String token) {
        return token != null && token.matches("[0-9a-f]{64}");
    }
}
