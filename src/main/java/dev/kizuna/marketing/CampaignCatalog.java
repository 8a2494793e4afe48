package dev.kizuna.marketing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaigns other modules may refer to (inventory's allocations to a campaign): a stable, read-only face that
 * lists and finds them as {@link CampaignSummary}. Everyone signed in (and the system) may read it.
 */
@Service
@Transactional(readOnly = true)
public class CampaignCatalog {

    /** The most a list answers. */
    public static final int MAX = 500;

    private final CampaignRepository campaigns;

    CampaignCatalog(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    /** Campaigns not cancelled, the latest scheduled first (those without a time last), at most {@link #MAX}. */
    @PreAuthorize("isAuthenticated()")
    public List<CampaignSummary> list() {
        return campaigns.summaries(MAX);
    }

    /** The campaign, cancelled ones included; empty when there is none with that id. */
    @PreAuthorize("isAuthenticated()")
    public Optional<CampaignSummary> find(UUID id) {
        return campaigns.summary(id);
    }
}
