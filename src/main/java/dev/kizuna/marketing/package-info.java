/**
 * Marketing for a D2C shop's retention (seed 002's CRM department): subscriptions (定期便 — products, cycle, next
 * delivery, skip, pause, cancel, with history) whose deliveries become commerce orders once each through
 * {@code Orders.placeRecurring}; per customer F stages (F0–F4, boundaries a setting), 12-month LTV and RFM scores from
 * paid orders, kept current on commerce's {@code OrderPaid} and rebuildable from scratch, with the F-stage and LTV
 * reports. Shows them on the customer page (a {@code CustomerPanel}).
 * <p>
 * Reaching customers (campaigns branch): segments (saved, dynamic filters over customers and their figures,
 * {@link dev.kizuna.marketing.Segments}), e-mail templates with merge fields, campaigns (a template to a segment, now or
 * at a time) and step sequences (steps after a trigger, in calendar or business days). All mail goes through one
 * outbox, {@code marketing_mail}, which is also each recipient's log: only customers who accept e-mail get a row,
 * a row is claimed before it is sent (so a restart or a second instance never sends it twice), throttled and retried
 * with back-off; every mail names the sender and carries a one-click unsubscribe link ({@code /u/{token}}) and the
 * List-Unsubscribe headers. Other modules refer to campaigns through {@link dev.kizuna.marketing.CampaignCatalog}.
 * <p>
 * Public face: the facade {@link dev.kizuna.marketing.Subscriptions}, {@link dev.kizuna.marketing.CustomerStages} and
 * {@link dev.kizuna.marketing.MarketingReports}, their records and the events
 * {@link dev.kizuna.marketing.SubscriptionStarted} and {@link dev.kizuna.marketing.FrequencyStageReached}. The cycle arithmetic is the pure type
 * {@link dev.kizuna.marketing.DeliveryCycle}, tested without Spring. Subscriptions are here rather than in commerce:
 * commerce keeps what was sold (orders, payments); the promise to deliver again belongs with the retention work
 * that follows it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Marketing",
        allowedDependencies = {"identity", "customers", "commerce"})
@ReadsTables(module = "customers", tables = "company",
        why = "the customer's name on subscription lists; all customers are the F0 count")
@ReadsTables(module = "commerce", tables = {"product", "sales_order"},
        why = "the product's name and tax rate on a subscription's items; paid orders are what F stages, LTV and RFM count")
@ReadsTables(module = "identity", tables = "app_user",
        why = "who changed a subscription, in its history")
package dev.kizuna.marketing;

import dev.kizuna.platform.db.ReadsTables;
