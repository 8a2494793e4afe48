package dev.kizuna.platform.api;

/** Money on the API: an integer amount in the currency's minor unit (yen have none) and an ISO 4217 code. */
public record Money(long amount, String currency) {

    public static final String YEN = "JPY";

    public static Money yen(Long amount) {
        return amount == null ? null : new Money(amount, YEN);
    }
}
