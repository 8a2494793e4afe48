package dev.kizuna.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuna.platform.text.JapaneseText;
import dev.kizuna.platform.text.PhoneNumbers;
import org.junit.jupiter.api.Test;

class CustomerRulesTest {

    @Test
    void corporateNumbersCarryACheckDigit() {
        assertThat(CorporateNumbers.isValid("7000012050002")).as("国税庁's own number").isTrue();
        assertThat(CorporateNumbers.isValid("8000012050002")).isFalse();
        assertThat(CorporateNumbers.isValid("700001205000")).isFalse();
        assertThat(CorporateNumbers.isValid(CustomersSampleData.corporateNumber(101_000_100_000L))).isTrue();
    }

    @Test
    void phoneNumbersAreStoredAsE164HoweverTheyAreTyped() {
        assertThat(PhoneNumbers.toE164("03-1234-5678")).contains("+81312345678");
        assertThat(PhoneNumbers.toE164("０３（１２３４）５６７８")).contains("+81312345678");
        assertThat(PhoneNumbers.toE164("090 1234 5678")).contains("+819012345678");
        assertThat(PhoneNumbers.toE164("+81 3 1234 5678")).contains("+81312345678");
        assertThat(PhoneNumbers.toE164("1234")).isEmpty();
        assertThat(PhoneNumbers.toE164("電話なし")).isEmpty();
    }

    @Test
    void phoneNumbersAreShownTheJapaneseWay() {
        assertThat(PhoneNumbers.display("+81312345678")).isEqualTo("03-1234-5678");
        assertThat(PhoneNumbers.display("+819012345678")).isEqualTo("090-1234-5678");
        assertThat(PhoneNumbers.display("+81120123456")).isEqualTo("0120-123-456");
        assertThat(CustomerRules.phoneDisplay("0263-48-1122", "+81263481122"))
                .as("area codes vary, so a hyphenated number keeps its grouping").isEqualTo("0263-48-1122");
        assertThat(CustomerRules.phoneDisplay("0312345678", "+81312345678")).isEqualTo("03-1234-5678");
    }

    @Test
    void searchFoldsWidthKanaCaseSpacesAndHyphens() {
        assertThat(JapaneseText.searchKey("ﾀﾅｶ ｼｮｳｼﾞ")).isEqualTo(JapaneseText.searchKey("たなか しょうじ"))
                .isEqualTo(JapaneseText.searchKey("タナカショウジ")).isEqualTo("たなかしょうじ");
        assertThat(JapaneseText.searchKey("03-1234-5678")).isEqualTo("0312345678");
        assertThat(JapaneseText.searchKey("ＩＮＦＯ@Example.JP")).isEqualTo("info@example.jp");
        assertThat(JapaneseText.searchKey("グリーンファーム")).as("the long-vowel mark stays").contains("ー");
    }
}
