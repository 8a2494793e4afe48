package dev.kizuna.cards;

import java.util.Arrays;
import java.util.Optional;

/** The fields a business card may carry, by the key the API, the form and the messages use. */
public enum CardFieldName {
    COMPANY("company"), DEPARTMENT("department"), TITLE("title"), NAME("name"), NAME_KANA("nameKana"),
    POSTAL_CODE("postalCode"), ADDRESS("address"), PHONE("phone"), FAX("fax"), MOBILE("mobile"), EMAIL("email"),
    WEBSITE("website"), CORPORATE_NUMBER("corporateNumber");

    private final String key;

    CardFieldName(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<CardFieldName> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
