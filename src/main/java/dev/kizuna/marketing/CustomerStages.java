package dev.kizuna.marketing;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Frequency stages (F0–F4), 12-month LTV and RFM per customer, from paid orders: kept current as each order is paid
 * ({@link #refresh}, called by the listener on commerce's {@code OrderPaid}) and rebuilt from scratch on demand, when
 * the boundaries change and every night (recency moves with the calendar; the RFM quintiles with everyone's orders).
 * Everyone signed in reads them; administrators change the settings and rebuild.
 */
@Service
@Transactional
public class CustomerStages {

    private final FiguresRepository figures;
    private final MarketingSettingsRepository settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CustomerStages(FiguresRepository figures, MarketingSettingsRepository settings, AuditLog audit,
            ApplicationEventPublisher events) {
        this.figures = figures;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
    }

    /** A customer's figures; empty is F0 (no paid order). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CustomerFigures> of(UUID companyId) {
        return figures.find(companyId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MarketingSettings settings() {
        return settings.get();
    }

    /** Changes the stage boundaries or the LTV goal and rebuilds every customer's figures with them. */
    @PreAuthorize("hasRole('ADMIN')")
    public MarketingSettings updateSettings(long version, Integer f2From, Integer f3From, Integer f4From, Long ltvGoal) {
        MarketingSettings before = settings.get();
        int f2 = f2From == null ? before.f2From() : f2From;
        int f3 = f3From == null ? before.f3From() : f3From;
        int f4 = f4From == null ? before.f4From() : f4From;
        long goal = ltvGoal == null ? before.ltvGoal() : ltvGoal;
        Check.of().failIf(f2 < 2 || f2 > 98, "f2From", "Range", 2, 98)
                .failIf(f3 <= f2 || f3 > 99, "f3From", "MarketingAbove", f2)
                .failIf(f4 <= f3 || f4 > 100, "f4From", "MarketingAbove", f3)
                .failIf(goal < 0 || goal > 99_999_999L, "ltvGoal", "Yen").verify();
        if (!settings.update(new MarketingSettings(f2, f3, f4, goal, 0), version, CurrentActor.idOrNull())) {
            throw new StaleVersionException("marketingSettings", 1);
        }
        MarketingSettings after = settings.get();
        audit.record("marketingSettings.updated", "marketingSettings", null, before, after);
        if (!after.stages().equals(before.stages())) {
            rebuildAll();
        }
        return after;
    }

    /** Recomputes one customer from their paid orders; tells when they moved up a stage. */
    @PreAuthorize("isAuthenticated()")
    public Optional<CustomerFigures> refresh(UUID companyId) {
        int before = figures.find(companyId).map(CustomerFigures::stage).orElse(0);
        CustomerFigures computed = CustomerFigures.of(companyId, figures.purchases(companyId), figures.stages());
        if (computed == null) {
            figures.delete(companyId);
            return Optional.empty();
        }
        CustomerFigures scored = computed.scored(figures.scale(), today());
        figures.save(scored);
        if (scored.stage() > before) {
            LocalDate on = switch (scored.stage()) {
                case 4 -> scored.f4On();
                case 3 -> scored.f3On();
                case 2 -> scored.f2On();
                default -> scored.firstOn();
            };
            events.publishEvent(new FrequencyStageReached(companyId, before, scored.stage(), on));
        }
        return Optional.of(scored);
    }

    /** Rebuilds every customer's figures from scratch, then the RFM quintiles and scores; returns how many. */
    @PreAuthorize("hasRole('ADMIN')")
    public int rebuild() {
        int n = rebuildAll();
        audit.record("customerFigures.rebuilt", "customerFigures", null, null, java.util.Map.of("customers", n));
        return n;
    }

    /** Set-based: one INSERT … SELECT of every customer's figures, then the quintiles and one UPDATE of the scores. */
    int rebuildAll() {
        StageBoundaries stages = figures.stages();
        figures.deleteAll();
        int count = figures.insertAll(stages);
        LocalDate today = today();
        figures.scoreAll(figures.recomputeScale(today), today);
        return count;
    }

    /** Forgets a customer that is gone (deleted, or merged into another). */
    void forget(UUID companyId) {
        figures.delete(companyId);
    }

    public LocalDate today() {
        return LocalDate.now(Subscriptions.TOKYO);
    }
}
