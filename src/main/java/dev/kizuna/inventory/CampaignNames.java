package dev.kizuna.inventory;

import java.util.Optional;
import java.util.UUID;

import dev.kizuna.marketing.CampaignCatalog;
import dev.kizuna.marketing.CampaignSummary;
import org.springframework.stereotype.Component;

/**
 * The link to marketing's campaigns: an allocation or a campaign demand names a campaign by its id, which must be one
 * of marketing's ({@code CampaignCatalog}); its name is the label when none is typed.
 */
@Component
class CampaignNames {

    private final CampaignCatalog catalog;

    CampaignNames(CampaignCatalog catalog) {
        this.catalog = catalog;
    }

    /** The campaign's name; empty when there is no such campaign. */
    Optional<String> nameOf(UUID campaignId) {
        return campaignId == null ? Optional.empty() : catalog.find(campaignId).map(CampaignSummary::name);
    }

    java.util.List<CampaignSummary> all() {
        return catalog.list();
    }
}
