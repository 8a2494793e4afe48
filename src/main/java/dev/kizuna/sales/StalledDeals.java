package dev.kizuna.sales;

import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.Team;
import dev.kizuna.identity.Teams;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.notifications.Notifications;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stalled deals (停滞): the page that gathers them, the setting of how many business days without activity or
 * next step make a deal idle, and {@link #notifyNewlyStalled} — the owner and the managers of the owner's teams get a
 * notification once per stalled spell (a move, an edit or an activity ends the spell).
 */
@Service
@Transactional
public class StalledDeals {

    public static final int PAGE_LIMIT = 500;

    private final DealRepository deals;
    private final StallRule rule;
    private final Notifications notifications;
    private final Teams teams;
    private final AuditLog audit;

    StalledDeals(DealRepository deals, StallRule rule, Notifications notifications, Teams teams, AuditLog audit) {
        this.deals = deals;
        this.rule = rule;
        this.notifications = notifications;
        this.teams = teams;
        this.audit = audit;
    }

    /** Stalled deals, longest in their stage first; {@code ownerId} null for everyone's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Deal> list(UUID ownerId) {
        return deals.stalled(rule.now(), ownerId, PAGE_LIMIT);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count() {
        return deals.stalledCount(rule.now());
    }

    public record Setting(int idleBusinessDays, long version) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Setting setting() {
        return new Setting(rule.idleBusinessDays(), rule.settingVersion());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Setting changeSetting(Integer idleBusinessDays, long version) {
        Setting before = setting();
        Check.of().required("idleBusinessDays", idleBusinessDays)
                .failIf(idleBusinessDays != null && (idleBusinessDays < 1 || idleBusinessDays > 60),
                        "idleBusinessDays", "Range", 1, 60)
                .verify();
        if (!rule.setIdleBusinessDays(idleBusinessDays, version, CurrentActor.idOrNull())) {
            throw new StaleVersionException("sales-setting", 1);
        }
        Setting after = setting();
        audit.record("sales-setting.updated", "sales-setting", 1, before, after);
        return after;
    }

    /**
     * Notifies the owner and their managers of each deal that became stalled since the last run; returns who was
     * told about which deal. Claiming and notifying happen in one transaction, so a second instance never notifies
     * twice. Called by the job (as the system).
     */
    public List<Notice> notifyNewlyStalled() {
        List<DealRepository.StalledNotice> claimed = deals.claimUnnotified(rule.now(), 1000);
        List<Notice> told = new java.util.ArrayList<>();
        if (claimed.isEmpty()) {
            return told;
        }
        List<Team> allTeams = teams.list();
        for (DealRepository.StalledNotice notice : claimed) {
            for (UUID user : Team.ownerAndManagers(notice.ownerId(), allTeams)) {
                notifications.tell(user, "deal-stalled", notice.dealId(), "sales.notification.stalled", notice.name(),
                        "/deals/" + notice.dealId());
                told.add(new Notice(user, notice.dealId(), notice.name()));
            }
        }
        return told;
    }

    /** A user told that a deal is stalled. */
    public record Notice(UUID userId, UUID dealId, String dealName) {
    }
}
