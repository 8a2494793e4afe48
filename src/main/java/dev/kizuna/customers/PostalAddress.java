package dev.kizuna.customers;

/** What a postal code stands for: prefecture, city and town, with readings. */
public record PostalAddress(String code, String prefecture, String city, String town, String prefectureKana,
        String cityKana, String townKana) {
}
