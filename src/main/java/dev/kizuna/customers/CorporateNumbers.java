package dev.kizuna.customers;

/**
 * 法人番号: 13 digits whose first digit is a check digit over the other twelve
 * (National Tax Agency: 9 − (Σ Pn × Qn mod 9), Pn the n-th digit from the right, Qn 1 for odd n, 2 for even n).
 */
final class CorporateNumbers {

    private CorporateNumbers() {
    }

    static boolean isValid(String number) {
        if (number == null || !number.matches("[0-9]{13}")) {
            return false;
        }
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int digit = number.charAt(13 - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return number.charAt(0) - '0' == 9 - sum % 9;
    }
}
