/**
 * Business cards (名刺): photographs or scans of cards are read with Tesseract's Japanese models in the background,
 * their fields parsed with a confidence each, reviewed by an assistant on a queue, and turned into a contact and its
 * company through the customers module's facades (its duplicate check first). The owner is told when the card is in.
 * <p>
 * Public face: the facade {@link dev.kizuna.cards.BusinessCards}, its records and the field names
 * {@link dev.kizuna.cards.CardFieldName}. The reading rules ({@code CardParser}, {@code CardNumbers},
 * {@code CardNames}) are plain Java tested without Spring.
 * <p>
 * Allowed dependencies (checked by {@code ArchitectureTest}): platform (open to all), identity, customers,
 * notifications.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Business cards",
        allowedDependencies = {"identity", "customers", "notifications"})
package dev.kizuna.cards;
