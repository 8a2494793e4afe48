package dev.kizuna.dataio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import dev.kizuna.customers.CompanyKind;
import dev.kizuna.customers.CompanyStatus;
import org.junit.jupiter.api.Test;

class TransformsTest {

    @Test
    void datesAsJapaneseSpreadsheetsHoldThem() {
        LocalDate day = LocalDate.of(2024, 1, 5);
        for (String typed : List.of("2024/1/5", "2024-01-05", "2024.1.5", "2024年1月5日", "令和6年1月5日", "R6.1.5",
                "Ｒ６．１．５", "２０２４／０１／０５", "20240105", "45296", "2024/01/05 10:30", " 令和 6年 1月 5日 ")) {
            assertThat(Transforms.date(typed)).as(typed).isEqualTo(day);
        }
        assertThat(Transforms.date("平成31年4月30日")).isEqualTo(LocalDate.of(2019, 4, 30));
        assertThat(Transforms.date("令和元年5月1日")).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(Transforms.date("昭和64年1月7日")).isEqualTo(LocalDate.of(1989, 1, 7));
        assertThat(Transforms.date("")).isNull();
        assertThatThrownBy(() -> Transforms.date("2024/2/30")).isInstanceOf(Transforms.Invalid.class);
        assertThatThrownBy(() -> Transforms.date("来週")).hasMessage("ImportDate");
    }

    @Test
    void numbersWithCommasYenAndJapaneseUnits() {
        assertThat(Transforms.wholeNumber("1,234,567")).isEqualTo(1_234_567L);
        assertThat(Transforms.wholeNumber("￥１，２００円")).isEqualTo(1_200L);
        assertThat(Transforms.wholeNumber("3億")).isEqualTo(300_000_000L);
        assertThat(Transforms.wholeNumber(new String("¥120,000".getBytes(dev.kizuna.platform.table.FileFormats.CP932),
                dev.kizuna.platform.table.FileFormats.CP932))).as("a yen sign through Shift_JIS").isEqualTo(120_000L);
        assertThat(Transforms.wholeNumber("1.5万")).isEqualTo(15_000L);
        assertThat(Transforms.smallNumber("30人")).isEqualTo(30);
        assertThat(Transforms.wholeNumber(" ")).isNull();
        assertThatThrownBy(() -> Transforms.wholeNumber("たくさん")).hasMessage("ImportNumber");
    }

    @Test
    void yesAndNoInBothLanguages() {
        assertThat(List.of("1", "TRUE", "はい", "○", "可", "yes")).allMatch(Transforms::yesNo);
        assertThat(List.of("0", "false", "いいえ", "×", "不可", "")).noneMatch(Transforms::yesNo);
        assertThatThrownBy(() -> Transforms.yesNo("たぶん")).hasMessage("ImportBoolean");
    }

    @Test
    void kindStatusAndAddressesAsPeopleWriteThem() {
        assertThat(CompanyValues.kind("個人")).isEqualTo(CompanyKind.INDIVIDUAL);
        assertThat(CompanyValues.kind("法人")).isEqualTo(CompanyKind.COMPANY);
        assertThat(CompanyValues.status("Customer - Direct")).isEqualTo(CompanyStatus.CUSTOMER);
        assertThat(CompanyValues.status("見込み客")).isEqualTo(CompanyStatus.PROSPECT);
        assertThat(CompanyValues.status("lead")).isEqualTo(CompanyStatus.PROSPECT);
        assertThat(CompanyValues.status("休眠")).isEqualTo(CompanyStatus.FORMER);
        CompanyRows.Draft d = new CompanyRows.Draft();
        CompanyValues.address(d, "〒100-0005 東京都千代田区丸の内1-1-1 丸の内ビル5F");
        assertThat(List.of(d.prefecture, d.city, d.street)).containsExactly("東京都", "千代田区", "丸の内1-1-1 丸の内ビル5F");
        CompanyValues.address(d, "神奈川県横浜市中区山下町1");
        assertThat(List.of(d.prefecture, d.city, d.street)).containsExactly("神奈川県", "横浜市中区", "山下町1");
    }

    @Test
    void headersInJapaneseEnglishAndFromOtherCrmsFindTheirFields() {
        List<String> header = List.of("会社名", "フリガナ", "〒", "電話番号", "代表者名", "E-mail", "従業員数", "謎の列", "電話");
        assertThat(CompanyColumns.autoMatch(header, List.of())).containsExactly("name", "nameKana", "postalCode",
                "phone", "representative", "email", "employeeCount", "", "");
        List<String> salesforce = List.of("Account ID", "Account Name", "Billing Street", "Billing City",
                "Billing State/Province", "Billing Zip/Postal Code", "Phone", "Website", "Account Owner");
        assertThat(CompanyColumns.autoMatch(salesforce, List.of())).containsExactly("externalId", "name", "street",
                "city", "prefecture", "postalCode", "phone", "website", "ownerId");
        assertThat(CompanyColumns.recognisedSource(salesforce)).isEqualTo("salesforce");
        List<String> hubspot = List.of("Record ID", "Company name", "Company Domain Name", "Phone Number", "City",
                "State/Region", "Postal Code", "Number of Employees", "Annual Revenue", "Company owner", "Lifecycle Stage");
        assertThat(CompanyColumns.autoMatch(hubspot, List.of())).containsExactly("externalId", "name", "website",
                "phone", "city", "prefecture", "postalCode", "employeeCount", "annualRevenue", "ownerId", "status");
        assertThat(CompanyColumns.recognisedSource(hubspot)).isEqualTo("hubspot");
        List<String> kintone = List.of("レコード番号", "会社名", "住所", "電話番号", "作成者");
        assertThat(CompanyColumns.autoMatch(kintone, List.of())).containsExactly("externalId", "name", "address",
                "phone", "");
        assertThat(CompanyColumns.recognisedSource(kintone)).isEqualTo("kintone");
    }

    @Test
    void momentsAreReadInJapanTimeUnlessTheySayOtherwise() {
        java.time.ZoneId tokyo = java.time.ZoneId.of("Asia/Tokyo");
        assertThat(Transforms.dateTime("2024/1/5 14:30"))
                .isEqualTo(java.time.LocalDateTime.of(2024, 1, 5, 14, 30).atZone(tokyo).toInstant());
        assertThat(Transforms.dateTime("2024年1月5日 9時05分"))
                .isEqualTo(java.time.LocalDateTime.of(2024, 1, 5, 9, 5).atZone(tokyo).toInstant());
        assertThat(Transforms.dateTime("令和6年1月5日"))
                .isEqualTo(java.time.LocalDate.of(2024, 1, 5).atStartOfDay(tokyo).toInstant());
        assertThat(Transforms.dateTime("2024-01-05T01:00:00.000Z")).isEqualTo(java.time.Instant.parse("2024-01-05T01:00:00Z"));
        assertThat(Transforms.dateTime("2024-01-05T10:00:00.000+0900")).isEqualTo(java.time.Instant.parse("2024-01-05T01:00:00Z"));
        assertThat(Transforms.dateTime("45296.5")).as("Excel serial, noon")
                .isEqualTo(java.time.LocalDateTime.of(2024, 1, 5, 12, 0).atZone(tokyo).toInstant());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Transforms.dateTime("2024/1/5 25:00"))
                .isInstanceOf(Transforms.Invalid.class);
    }
}
