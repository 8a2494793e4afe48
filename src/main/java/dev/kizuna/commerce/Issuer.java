package dev.kizuna.commerce;

/**
 * Who issues quotes and invoices: printed on every quote PDF. {@code registrationNumber} is the qualified-invoice
 * issuer number (適格請求書発行事業者登録番号, T and 13 digits), empty when the business has none.
 */
public record Issuer(String name, String address, String phone, String registrationNumber, int quoteValidDays,
        long version) {
}
