package dev.kizuna.marketing;

import java.util.UUID;

/**
 * One line of a print list (ハガキ・DM宛名): the postal code as written (123-4567), the address (prefecture, city and
 * street; then the building) and the addressee with its honorific — 様 for a person, 御中 for a company.
 */
public record PrintAddress(UUID companyId, String postalCode, String address, String building, String addressee) {
}
