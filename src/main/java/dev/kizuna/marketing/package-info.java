/**
 * Marketing for a D2C shop's retention (seed 002's CRM department): subscriptions (定期便 — products, cycle, next
 * delivery, skip, pause, cancel, with history) whose deliveries become commerce orders once each through
 * {@code Orders.placeRecurring}.
 * <p>
 * Public face: the facade {@link dev.kizuna.marketing.Subscriptions}, its records and the event
 * {@link dev.kizuna.marketing.SubscriptionStarted}. The cycle arithmetic is the pure type
 * {@link dev.kizuna.marketing.DeliveryCycle}, tested without Spring. Subscriptions are here rather than in commerce:
 * commerce keeps what was sold (orders, payments); the promise to deliver again belongs with the retention work
 * that follows it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Marketing",
        allowedDependencies = {"identity", "customers", "commerce"})
@ReadsTables(module = "customers", tables = "company",
        why = "the customer's name on subscription lists")
@ReadsTables(module = "commerce", tables = "product",
        why = "the product's name and tax rate on a subscription's items")
@ReadsTables(module = "identity", tables = "app_user",
        why = "who changed a subscription, in its history")
package dev.kizuna.marketing;

import dev.kizuna.platform.db.ReadsTables;
