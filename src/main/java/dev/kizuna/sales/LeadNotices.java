package dev.kizuna.sales;

import java.util.UUID;

import dev.kizuna.notifications.Notifications;
import org.springframework.stereotype.Component;

/**
 * Tells the rep a lead was given to (by the assignment rules or by a manager), through the header bell and whatever
 * the rep chose to have notifications sent to — as tasks tell their new owner. Nobody is told of their own choice.
 */
@Component
class LeadNotices {

    static final String KIND = "lead";

    private final Notifications notifications;

    LeadNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    void assigned(UUID rep, UUID by, Lead lead) {
        if (rep != null && !rep.equals(by)) {
            notifications.tell(rep, KIND, "sales.notification.leadAssigned", lead.companyName(), "/leads/" + lead.id());
        }
    }
}
