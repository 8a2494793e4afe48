/**
 * Business cards (名刺): photographs or scans of cards are read with Tesseract's Japanese models in the background,
 * their fields parsed with a confidence each, reviewed by an assistant on a queue, and turned into a contact and its
 * company through the customers module's facades (its duplicate check first). The owner is told when the card is in.
 * <p>
 * Public face: the facade {@link dev.kizuna.cards.BusinessCards}, its records and the field names
 * {@link dev.kizuna.cards.CardFieldName}; and {@link dev.kizuna.cards.TextReader}, which reads the text on any other
 * picture (voice's postcards) with the same engine and upload checks: lines with a confidence each, vertical text
 * too. The reading rules ({@code CardParser}, {@code CardNumbers}, {@code CardNames}) are plain Java tested without
 * Spring.
 * <p>
 * Allowed dependencies (checked by {@code ArchitectureTest}): platform (open to all), identity, customers,
 * notifications.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Business cards",
        allowedDependencies = {"identity", "customers", "notifications"})
package dev.kizuna.cards;
