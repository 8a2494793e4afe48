package dev.kizuna.marketing;

import java.time.Instant;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns (キャンペーンメール): a template sent to a segment, now or at a time. Everyone signed in reads them;
 * members create, change and cancel them until they go out. A campaign with a time is scheduled; without one it is
 * a draft until sent.
 */
@Service
@Transactional
public class Campaigns {

    static final String AUDIT_TYPE = "campaign";
    public static final java.util.List<String> STATUSES = java.util.List.of("draft", "scheduled", "sending", "sent",
            "cancelled");
    public static final java.util.List<String> MAIL_STATUSES = java.util.List.of("queued", "sending", "sent", "failed",
            "skipped");

    private final CampaignRepository campaigns;
    private final EmailTemplates templates;
    private final Segments segments;
    private final CampaignQueue queue;
    private final MarketingMailRepository mails;
    private final AuditLog audit;

    Campaigns(CampaignRepository campaigns, EmailTemplates templates, Segments segments, CampaignQueue queue,
            MarketingMailRepository mails, AuditLog audit) {
        this.campaigns = campaigns;
        this.templates = templates;
        this.segments = segments;
        this.queue = queue;
        this.mails = mails;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Campaign find(UUID id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** Newest first; {@code status} (a code, or null) narrows it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Campaign> list(String status, PageQuery page) {
        Check.of().oneOf("filter[status]", status, STATUSES).verify();
        return page.page(campaigns.list(status, page.decodedCursor(2), page.fetchSize()),
                c -> Cursor.of(c.createdAt().toString(), c.id()));
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Campaign create(CampaignDraft draft) {
        CampaignDraft clean = checked(draft);
        UUID id = Ids.newId();
        campaigns.insert(id, clean, clean.scheduledAt() == null ? "draft" : "scheduled", CurrentActor.idOrNull());
        Campaign created = find(id);
        audit.record("campaign.created", AUDIT_TYPE, id, null, created);
        return created;
    }

    /** Changes a draft or scheduled campaign; one already going out answers 409. */
    @PreAuthorize("hasRole('MEMBER')")
    public Campaign change(UUID id, long version, CampaignDraft d) {
        Campaign before = find(id);
        CampaignDraft clean = checked(new CampaignDraft(d.name() == null ? before.name() : d.name(),
                d.templateId() == null ? before.templateId() : d.templateId(),
                d.segmentId() == null ? before.segmentId() : d.segmentId(), d.scheduledAt()));
        String status = clean.scheduledAt() == null ? "draft" : "scheduled";
        if (!campaigns.update(id, version, clean, status, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        return done("campaign.changed", before);
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Campaign cancel(UUID id, long version) {
        Campaign before = find(id);
        if (!campaigns.cancel(id, version, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        return done("campaign.cancelled", before);
    }

    /**
     * Sends a draft or scheduled campaign now: its segment's opted-in members are queued at once (the count is on
     * the answer) and the sender works through them at the throttle's pace.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Campaign sendNow(UUID id, long version) {
        Campaign before = find(id);
        Instant now = Instant.now();
        if (!campaigns.scheduleNow(id, version, now, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        queue.queue(id, now);
        return done("campaign.sent", before);
    }

    /**
     * How many would get the campaign if it were sent now: its segment's customers who accept e-mail and have an
     * address (those who opted out are not counted, as they are not queued).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long reachableNow(UUID id) {
        return segments.reachable(find(id).segmentId());
    }

    /** The campaign's recipients in the order queued, with what became of each; {@code status} narrows it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<MarketingMail> recipients(UUID id, String status, PageQuery page) {
        Check.of().oneOf("filter[status]", status, MAIL_STATUSES).verify();
        return page.page(mails.ofCampaign(find(id).id(), status, page.decodedCursor(2), page.fetchSize()),
                m -> Cursor.of(m.createdAt().toString(), m.id()));
    }

    /** How many of the campaign's mails are queued, sending, sent, failed and skipped. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> progress(UUID id) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        MAIL_STATUSES.forEach(s -> counts.put(s, 0L));
        counts.putAll(mails.countsOfCampaign(find(id).id()));
        return counts;
    }

    private Campaign done(String action, Campaign before) {
        Campaign after = find(before.id());
        audit.record(action, AUDIT_TYPE, before.id(), before, after);
        return after;
    }

    private CampaignDraft checked(CampaignDraft d) {
        String name = d.name() == null ? "" : d.name().strip();
        Check c = Check.of().required("name", name).maxLength("name", name, 120).required("templateId", d.templateId())
                .required("segmentId", d.segmentId())
                .failIf(d.scheduledAt() != null && d.scheduledAt().isBefore(Instant.now().minusSeconds(60)),
                        "scheduledAt", "MarketingFutureTime");
        c.verify();
        templates.find(d.templateId());
        segments.find(d.segmentId());
        return new CampaignDraft(name, d.templateId(), d.segmentId(), d.scheduledAt());
    }
}
