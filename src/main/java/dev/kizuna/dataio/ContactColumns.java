package dev.kizuna.dataio;

import java.util.List;

/**
 * The fields a contacts file can fill and the headers that mean them (Japanese, English, Salesforce and HubSpot
 * contact exports with their separate last and first names). A contact's company is found by its name, its phone
 * number or the id it had in the former system.
 */
final class ContactColumns {

    static final ColumnSet SET = new ColumnSet(List.of("companyName", "companyPhone", "companyExternalId", "name",
            "lastName", "firstName", "nameKana", "lastNameKana", "firstNameKana", "department", "title", "phone",
            "mobile", "email", "notes", "primary", "externalId"), List.of("externalId", "email"))
            .synonyms("companyName", "会社名", "取引先名", "顧客名", "社名", "所属会社", "勤務先", "法人名", "company", "companyname",
                "accountname", "account", "associatedcompany")
            .synonyms("companyPhone", "会社電話番号", "代表電話", "代表電話番号", "会社電話", "companyphone", "accountphone")
            .synonyms("companyExternalId", "会社id", "取引先id", "顧客コード", "取引先コード", "会社コード", "accountid", "companyid",
                "associatedcompanyid")
            .synonyms("name", "氏名", "名前", "担当者名", "担当者", "お名前", "name", "fullname", "contactname")
            .synonyms("lastName", "姓", "苗字", "lastname", "surname", "familyname")
            .synonyms("firstName", "名", "firstname", "givenname")
            .synonyms("nameKana", "フリガナ", "ふりがな", "氏名フリガナ", "氏名カナ", "カナ", "よみがな", "担当者名フリガナ", "furigana",
                "namekana")
            .synonyms("lastNameKana", "姓フリガナ", "セイ", "姓カナ", "lastnamekana")
            .synonyms("firstNameKana", "名フリガナ", "メイ", "名カナ", "firstnamekana")
            .synonyms("department", "部署", "部署名", "所属部署", "所属", "department")
            .synonyms("title", "役職", "役職名", "肩書", "title", "jobtitle")
            .synonyms("phone", "電話番号", "電話", "tel", "直通", "直通電話", "phone", "phonenumber", "businessphone")
            .synonyms("mobile", "携帯電話", "携帯", "携帯番号", "携帯電話番号", "mobile", "mobilephone", "mobilephonenumber", "cell")
            .synonyms("email", "メールアドレス", "メール", "email", "emailaddress", "e-mail")
            .synonyms("notes", "メモ", "備考", "notes", "note", "description", "説明")
            .synonyms("primary", "主担当", "主担当者", "primary", "primarycontact")
            .synonyms("externalId", "外部id", "担当者id", "担当者コード", "レコード番号", "recordid", "contactid", "id", "externalid");
    static final List<String> TARGETS = SET.targets;
    static final List<String> KEYS = SET.keys;

    private ContactColumns() {
    }
}
