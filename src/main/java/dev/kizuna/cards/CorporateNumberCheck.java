package dev.kizuna.cards;

/** 法人番号's check digit (the first of 13): 9 − (Σ Pn × Qn mod 9), Pn the n-th digit from the right, Qn 1 or 2. */
final class CorporateNumberCheck {

    private CorporateNumberCheck() {
    }

    static boolean valid(String number) {
        if (number == null || !number.matches("[0-9]{13}")) {
            return false;
        }
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (number.charAt(13 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return number.charAt(0) - '0' == 9 - sum % 9;
    }
}
