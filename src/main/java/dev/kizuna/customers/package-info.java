/**
 * Customers: the customer master every other module points at. Companies (取引先, B2B) and individual
 * customers (個人顧客, B2C) in one model, their contacts (担当者), Japanese-native search (kanji, furigana,
 * half-/full-width, phone numbers with or without hyphens), furigana order, postal-code lookup.
 * <p>
 * Public face: {@link dev.kizuna.customers.Companies}, {@link dev.kizuna.customers.Contacts},
 * {@link dev.kizuna.customers.PostalCodes}, their records, the events
 * {@link dev.kizuna.customers.CompanyCreated} and {@link dev.kizuna.customers.ContactCreated}, and the extension
 * point {@link dev.kizuna.customers.CustomerPanel} through which later modules show their records on a
 * customer's page without this module knowing them.
 * {@link dev.kizuna.customers.CustomerMerge} lists likely duplicates and merges them; every module whose rows point
 * at a customer or a contact implements {@link dev.kizuna.customers.CustomerRecords}, which moves them in the merge's
 * transaction, says what moved, and names the records that keep a customer from being deleted.
 * <p>
 * Allowed dependencies (checked by {@code ArchitectureTest}): platform (open to all), identity.
 */
@ApplicationModule(displayName = "Customers",
        allowedDependencies = {"identity"})
@ReadsTables(module = "identity", tables = "app_user",
        why = "the owner's name on customer lists, saved views and the required-fields report")
package dev.kizuna.customers;

import dev.kizuna.platform.db.ReadsTables;
import org.springframework.modulith.ApplicationModule;
