package dev.kizuna.dataio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.CustomFieldDraft;
import dev.kizuna.customers.CustomFields;
import dev.kizuna.customers.FieldType;
import dev.kizuna.platform.table.FileFormats;
import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Imports through the facade and the real background worker, on the embedded PostgreSQL. */
@KizunaTest
@WithMockUser(roles = {"ADMIN", "MANAGER", "MEMBER", "VIEWER"})
class ImportIntegrationTest {

    @Autowired
    Imports imports;
    @Autowired
    ImportRuns importRuns;
    @Autowired
    CustomFields customFields;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportRepository importRepository;

    static DataImport await(Imports imports, UUID id, String status) throws InterruptedException {
        return await(imports, id, status, 60);
    }

    static DataImport await(Imports imports, UUID id, String status, int seconds) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        DataImport current = imports.find(id);
        while (!current.status().equals(status) && System.nanoTime() < end) {
            assertThat(current.status()).as("import %s ended early: %s", id, current.error()).isNotIn("failed");
            Thread.sleep(seconds > 60 ? 1000 : 100);
            current = imports.find(id);
        }
        assertThat(current.status()).isEqualTo(status);
        return current;
    }

    private String memoField() {
        if (customFields.active("company").stream().noneMatch(f -> f.key().equals("import_memo"))) {
            customFields.create(new CustomFieldDraft("company", "import_memo", "取込メモ", "Import memo",
                    FieldType.LONG_TEXT, List.of()));
        }
        return "customFields.import_memo";
    }

    @Test
    void aShiftJisFileSavedByExcelArrivesWithoutASingleMojibake() throws Exception {
        memoField();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String csv = TestFiles.csv(List.of(
                List.of("会社名", "フリガナ", "郵便番号", "住所", "電話番号", "代表者名", "設立日", "従業員数", "取込メモ"),
                List.of("株式会社髙橋製作所" + suffix, "ｶﾌﾞｼｷｶﾞｲｼｬﾀｶﾊｼｾｲｻｸｼｮ", "〒100-0005", "東京都千代田区丸の内1-1-1",
                        "03-1234-5678", "髙橋 一郎", "令和6年1月5日", "１，２００人", "①納品前に電話\r\n②請求書は﨑山様宛"),
                List.of("﨑山商店" + suffix, "さきやましょうてん", "5300001", "大阪府大阪市北区梅田1-2-3 ﾋﾞﾙ5F",
                        "06 6123 4567", "﨑山 花子", "2024/1/5", "12", "ﾊﾝｶｸｶﾅ ＆ 全角ＡＢＣ ～ Ⅲ ㈱"),
                List.of("有限会社\"ダブル\"引用" + suffix, "ﾀﾞﾌﾞﾙｲﾝﾖｳ", "", "", "", "", "45296", "", "カンマ, と\n改行")));
        byte[] bytes = csv.getBytes(FileFormats.CP932);
        assertThat(new String(bytes, FileFormats.CP932)).isEqualTo(csv); // every character exists in CP932

        Imports.Uploaded uploaded = imports.upload("顧客一覧.csv", new ByteArrayInputStream(bytes));
        DataImport job = uploaded.dataImport();
        assertThat(uploaded.existing()).isFalse();
        assertThat(job.mapping()).containsExactly("name", "nameKana", "postalCode", "address", "phone",
                "representative", "", "employeeCount", "customFields.import_memo");
        imports.configure(job.id(), new ImportSettings(job.mapping(), ImportMode.INSERT, null, "auto"));
        importRuns.dryRun(job.id());
        DataImport dry = await(imports, job.id(), "dry_run_done");
        assertThat(dry.dryRun()).isEqualTo(new DataImport.DryRun(3, 0, 0, 0));
        assertThat(count("%" + suffix)).isZero();

        importRuns.start(job.id());
        DataImport done = await(imports, job.id(), "done");
        assertThat(done.created()).isEqualTo(3);
        assertThat(done.totalRows()).isEqualTo(3);

        Map<String, Object> takahashi = jdbc.sql("select * from company where name = ?")
                .param("株式会社髙橋製作所" + suffix).query().singleRow();
        assertThat(takahashi.get("name_kana")).isEqualTo("カブシキガイシャタカハシセイサクショ");
        assertThat(takahashi.get("postal_code")).isEqualTo("1000005");
        assertThat(takahashi.get("prefecture")).isEqualTo("東京都");
        assertThat(takahashi.get("city")).isEqualTo("千代田区");
        assertThat(takahashi.get("street")).isEqualTo("丸の内1-1-1");
        assertThat(takahashi.get("phone")).isEqualTo("+81312345678");
        assertThat(takahashi.get("representative")).isEqualTo("髙橋 一郎");
        assertThat(takahashi.get("employee_count")).isEqualTo(1200);
        assertThat(memo("株式会社髙橋製作所" + suffix)).isEqualTo("①納品前に電話\r\n②請求書は﨑山様宛");

        Map<String, Object> sakiyama = jdbc.sql("select * from company where name = ?").param("﨑山商店" + suffix)
                .query().singleRow();
        assertThat(sakiyama.get("name_kana")).isEqualTo("サキヤマショウテン");
        assertThat(sakiyama.get("city")).isEqualTo("大阪市北区");
        assertThat(sakiyama.get("street")).isEqualTo("梅田1-2-3 ビル5F");
        assertThat(sakiyama.get("phone")).isEqualTo("+81661234567");
        assertThat(memo("﨑山商店" + suffix)).isEqualTo("ﾊﾝｶｸｶﾅ ＆ 全角ＡＢＣ ～ Ⅲ ㈱");
        assertThat(memo("有限会社\"ダブル\"引用" + suffix)).isEqualTo("カンマ, と\n改行");
        assertThat(jdbc.sql("select string_agg(name || name_kana || representative || street || custom_fields::text, '') "
                + "from company where name like ?").param("%" + suffix).query(String.class).single())
                .doesNotContain("\uFFFD", "?", "縺", "繧"); // no replacement characters, no UTF-8-read-as-SJIS

        // The same bytes again: the same import, nothing new.
        Imports.Uploaded again = imports.upload("もう一度.csv", new ByteArrayInputStream(bytes));
        assertThat(again.existing()).isTrue();
        assertThat(again.dataImport().id()).isEqualTo(job.id());
        assertThat(count("%" + suffix)).isEqualTo(3);

        assertThat(jdbc.sql("select count(*) from audit_event where object_id = ? and action in ('import.uploaded', "
                + "'import.started', 'import.finished', 'import.dry-run')").param(job.id().toString())
                .query(Long.class).single()).isEqualTo(4);

        importRuns.undo(job.id());
        assertThat(count("%" + suffix)).isZero();
        assertThat(imports.find(job.id()).status()).isEqualTo("undone");
    }

    @Test
    void badValuesAreListedByRowColumnValueAndReasonInTheReadersLanguage() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String csv = TestFiles.csv(List.of(
                List.of("会社名", "電話番号", "法人番号", "誕生日", "メールアドレス"),
                List.of("良い会社" + suffix, "03-1111-2222", "", "", ""),
                List.of("", "03-1111-2223", "", "", ""),
                List.of("悪い電話" + suffix, "abc", "", "", ""),
                List.of("悪い日付" + suffix, "", "", "来週の火曜", ""),
                List.of("悪い番号" + suffix, "", "1234567890123", "", "not-an-address")));
        DataImport job = imports.upload("errors.csv", new ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))).dataImport();
        importRuns.dryRun(job.id());
        DataImport dry = await(imports, job.id(), "dry_run_done");
        assertThat(dry.dryRun()).isEqualTo(new DataImport.DryRun(1, 0, 0, 4));

        List<ImportError> ja = importRuns.errors(job.id(), "dry", 50, Locale.JAPANESE);
        assertThat(ja).extracting(ImportError::row, ImportError::column, ImportError::value, ImportError::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "会社名", "", "NotBlank"),
                        org.assertj.core.groups.Tuple.tuple(4L, "電話番号", "abc", "Phone"),
                        org.assertj.core.groups.Tuple.tuple(5L, "誕生日", "来週の火曜", "ImportDate"),
                        org.assertj.core.groups.Tuple.tuple(6L, "法人番号", "1234567890123", "CorporateNumber"),
                        org.assertj.core.groups.Tuple.tuple(6L, "メールアドレス", "not-an-address", "Email"));
        assertThat(ja.get(2).message()).startsWith("誕生日: 日付として読めません");
        assertThat(importRuns.errors(job.id(), "dry", 50, Locale.ENGLISH).get(2).message()).startsWith("Birthday: not a date");

        var out = new java.io.ByteArrayOutputStream();
        importRuns.writeErrors(job.id(), "dry", Locale.JAPANESE, out);
        String errorsCsv = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(errorsCsv).startsWith("\uFEFF行,列,値,理由\r\n3,会社名,,");
        assertThat(errorsCsv.lines().count()).isEqualTo(6);

        importRuns.start(job.id());
        DataImport done = await(imports, job.id(), "done");
        assertThat(done.created()).isEqualTo(1);
        assertThat(done.failed()).isEqualTo(4);
        assertThat(importRuns.errorCount(job.id(), "run")).isEqualTo(5);
    }

    @Test
    void upsertByCorporateNumberUpdatesOnlyTheMappedColumnsAndAddsTheRest() throws Exception {
        long base = 700_000_000_000L + (System.nanoTime() % 1_000_000) * 1_000;
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String first = TestFiles.csv(List.of(List.of("会社名", "法人番号", "電話番号", "代表者名"),
                List.of("元の名前" + suffix, TestFiles.corporateNumber(base + 1), "03-5555-0001", "最初 太郎")));
        DataImport one = imports.upload("one.csv", new ByteArrayInputStream(first.getBytes(FileFormats.CP932))).dataImport();
        importRuns.start(one.id());
        await(imports, one.id(), "done");

        String second = TestFiles.csv(List.of(List.of("法人番号", "会社名", "電話番号"),
                List.of(TestFiles.corporateNumber(base + 1), "新しい名前" + suffix, "03-5555-0009"),
                List.of(TestFiles.corporateNumber(base + 2), "追加の会社" + suffix, "03-5555-0002")));
        DataImport two = imports.upload("two.csv", new ByteArrayInputStream(second.getBytes(FileFormats.CP932))).dataImport();
        imports.configure(two.id(), new ImportSettings(two.mapping(), ImportMode.UPSERT, "corporateNumber", "auto"));
        importRuns.start(two.id());
        DataImport done = await(imports, two.id(), "done");
        assertThat(List.of(done.created(), done.updated(), done.failed())).containsExactly(1L, 1L, 0L);
        Map<String, Object> updated = jdbc.sql("select name, phone, representative from company where corporate_number = ?")
                .param(TestFiles.corporateNumber(base + 1)).query().singleRow();
        assertThat(updated).containsEntry("name", "新しい名前" + suffix).containsEntry("phone", "+81355550009")
                .containsEntry("representative", "最初 太郎");

        importRuns.undo(two.id()); // removes what the second import created, keeps the update
        assertThat(count("追加の会社" + suffix)).isZero();
        assertThat(count("新しい名前" + suffix)).isEqualTo(1);
    }

    @Test
    void customersAreUpdatedByTheirEmailWrittenAnyWay() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String first = TestFiles.csv(List.of(List.of("会社名", "メールアドレス", "従業員数"),
                List.of("株式会社メール照合" + suffix, "info-" + suffix + "@mail-shogo.co.jp", "12")));
        DataImport one = imports.upload("one.csv", new ByteArrayInputStream(first.getBytes(FileFormats.CP932))).dataImport();
        importRuns.start(one.id());
        await(imports, one.id(), "done");

        // The same address in full-width capitals, as old spreadsheets often have it.
        String fullWidth = ("INFO-" + suffix.toUpperCase(java.util.Locale.ROOT) + "@MAIL-SHOGO.CO.JP").chars()
                .map(c -> c >= '!' && c <= '~' ? c + 0xFEE0 : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String second = TestFiles.csv(List.of(List.of("メールアドレス", "従業員数"), List.of(fullWidth, "30")));
        DataImport two = imports.upload("two.csv", new ByteArrayInputStream(second.getBytes(FileFormats.CP932))).dataImport();
        imports.configure(two.id(), new ImportSettings(two.mapping(), ImportMode.UPDATE, "email", "auto"));
        importRuns.start(two.id());
        DataImport done = await(imports, two.id(), "done");
        assertThat(List.of(done.created(), done.updated(), done.failed())).containsExactly(0L, 1L, 0L);
        assertThat(jdbc.sql("select employee_count from company where name = ?").param("株式会社メール照合" + suffix)
                .query(Integer.class).single()).isEqualTo(30);
    }

    @Test
    void contactsFindTheirCompanyByFormerIdPhoneOrNameAndUpdateByEmail() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String companiesCsv = TestFiles.csv(List.of(List.of("顧客コード", "会社名", "電話番号"),
                List.of("C-" + s + "-1", "担当者テスト商事" + s, "03-7777-0001"),
                List.of("C-" + s + "-2", "担当者テスト工業" + s, "03-7777-0002")));
        DataImport companiesJob = imports.upload("companies.csv",
                new ByteArrayInputStream(companiesCsv.getBytes(FileFormats.CP932))).dataImport();
        assertThat(companiesJob.mapping()).containsExactly("externalId", "name", "phone");
        importRuns.start(companiesJob.id());
        await(imports, companiesJob.id(), "done");

        String contactsCsv = TestFiles.csv(List.of(
                List.of("顧客コード", "会社名", "会社電話番号", "姓", "名", "セイ", "メイ", "部署", "役職", "メールアドレス"),
                List.of("C-" + s + "-1", "", "", "髙橋", "一郎", "ﾀｶﾊｼ", "ｲﾁﾛｳ", "営業部", "課長", "ichiro-" + s + "@example.jp"),
                List.of("", "担当者テスト工業" + s, "", "﨑山", "花子", "さきやま", "はなこ", "総務部", "", "hanako-" + s + "@example.jp"),
                List.of("", "", "03-7777-0002", "電話", "太郎", "", "", "", "", "taro-" + s + "@example.jp"),
                List.of("", "存在しない会社" + s, "", "迷子", "次郎", "", "", "", "", ""),
                List.of("C-" + s + "-1", "", "", "悪い", "メール", "", "", "", "", "not-an-email")));
        DataImport contactsJob = imports.upload(Imports.OBJECT_CONTACT, "contacts.csv",
                new ByteArrayInputStream(contactsCsv.getBytes(FileFormats.CP932))).dataImport();
        assertThat(contactsJob.objectType()).isEqualTo("contact");
        assertThat(contactsJob.mapping()).containsExactly("companyExternalId", "companyName", "companyPhone", "lastName",
                "firstName", "lastNameKana", "firstNameKana", "department", "title", "email");
        importRuns.dryRun(contactsJob.id());
        assertThat(await(imports, contactsJob.id(), "dry_run_done").dryRun()).isEqualTo(new DataImport.DryRun(3, 0, 0, 2));
        assertThat(contactCount(s)).isZero();
        assertThat(importRuns.errors(contactsJob.id(), "dry", 10, Locale.JAPANESE))
                .extracting(ImportError::row, ImportError::column, ImportError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "会社名", "ImportCompanyNotFound"),
                        org.assertj.core.groups.Tuple.tuple(6L, "メールアドレス", "Email"));

        importRuns.start(contactsJob.id());
        DataImport done = await(imports, contactsJob.id(), "done");
        assertThat(List.of(done.created(), done.failed())).containsExactly(3L, 2L);
        Map<String, Object> ichiro = jdbc.sql("""
                select k.name, k.name_kana, k.title, c.name as company from contact k join company c on c.id = k.company_id
                 where k.email = ?""").param("ichiro-" + s + "@example.jp").query().singleRow();
        assertThat(ichiro).containsEntry("name", "髙橋 一郎").containsEntry("name_kana", "タカハシ イチロウ")
                .containsEntry("title", "課長").containsEntry("company", "担当者テスト商事" + s);
        assertThat(jdbc.sql("select c.name from contact k join company c on c.id = k.company_id where k.email = ?")
                .param("taro-" + s + "@example.jp").query(String.class).single()).isEqualTo("担当者テスト工業" + s);

        String update = TestFiles.csv(List.of(List.of("メールアドレス", "役職"),
                List.of("ICHIRO-" + s + "@example.jp", "部長"), List.of("nobody-" + s + "@example.jp", "社長")));
        DataImport updateJob = imports.upload(Imports.OBJECT_CONTACT, "update.csv",
                new ByteArrayInputStream(update.getBytes(java.nio.charset.StandardCharsets.UTF_8))).dataImport();
        imports.configure(updateJob.id(), new ImportSettings(updateJob.mapping(), ImportMode.UPDATE, "email", "auto"));
        importRuns.start(updateJob.id());
        DataImport updated = await(imports, updateJob.id(), "done");
        assertThat(List.of(updated.updated(), updated.skipped(), updated.failed())).containsExactly(1L, 1L, 0L);
        assertThat(jdbc.sql("select title || department from contact where email = ?").param("ichiro-" + s + "@example.jp")
                .query(String.class).single()).isEqualTo("部長営業部");

        importRuns.undo(contactsJob.id());
        assertThat(contactCount(s)).isZero();
    }

    @Test
    void aNewRowLikeAnExistingCustomerIsLeftOutAndListedByTheDryRunAndTheRealRunAlike() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String phone = "03-" + (1000 + (int) (Math.random() * 8999)) + "-" + s.replaceAll("[^0-9]", "1").substring(0, 4);
        byte[] first = TestFiles.csv(List.of(List.of("会社名", "電話番号"), List.of("株式会社既存" + s, phone)))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DataImport existing = imports.upload("first.csv", new ByteArrayInputStream(first)).dataImport();
        imports.configure(existing.id(), new ImportSettings(existing.mapping(), ImportMode.INSERT, null, "auto"));
        importRuns.start(existing.id());
        await(imports, existing.id(), "done");

        byte[] second = TestFiles.csv(List.of(List.of("会社名", "電話番号"), List.of("既存商事" + s, phone),
                List.of("別会社" + s, ""))).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DataImport job = imports.upload("second.csv", new ByteArrayInputStream(second)).dataImport();
        imports.configure(job.id(), new ImportSettings(job.mapping(), ImportMode.INSERT, null, "auto"));
        importRuns.dryRun(job.id());
        assertThat(await(imports, job.id(), "dry_run_done").dryRun()).isEqualTo(new DataImport.DryRun(1, 0, 1, 0));
        assertThat(importRuns.errors(job.id(), "dry", 10, Locale.JAPANESE)).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("電話番号");
            assertThat(e.code()).isEqualTo("ImportDuplicateSkipped");
            assertThat(e.message()).contains("株式会社既存" + s).contains("取り込みません").doesNotContain("取り込みました");
        });
        importRuns.start(job.id());
        DataImport done = await(imports, job.id(), "done");
        assertThat(List.of(done.created(), done.skipped(), done.failed())).containsExactly(1L, 1L, 0L);
        assertThat(count("既存商事" + s)).as("no second customer behind the flag").isZero();
        assertThat(importRuns.errors(job.id(), "run", 10, Locale.JAPANESE)).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.code()).isEqualTo("ImportDuplicateSkipped");
            assertThat(e.message()).contains("取り込みませんでした");
        });
    }

    @Test
    void lookAlikesCanBeAddedOnPurposeAndAreListedByBothRuns() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        byte[] first = TestFiles.csv(List.of(List.of("会社名", "フリガナ"), List.of("さくら精機" + s, "サクラセイキ" + kana(s))))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DataImport existing = imports.upload("first.csv", new ByteArrayInputStream(first)).dataImport();
        importRuns.start(existing.id());
        await(imports, existing.id(), "done");
        // The same reading, written in half-width katakana: widened, it is the same reading.
        byte[] second = TestFiles.csv(List.of(List.of("会社名", "フリガナ"),
                List.of("さくら精機(別)" + s, "ｻｸﾗｾｲｷ" + kana(s)))).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DataImport job = imports.upload("second.csv", new ByteArrayInputStream(second)).dataImport();
        imports.configure(job.id(), new ImportSettings(job.mapping(), ImportMode.INSERT, null, "auto", null,
                ImportSettings.ADD_DUPLICATES, true));
        importRuns.dryRun(job.id());
        assertThat(await(imports, job.id(), "dry_run_done").dryRun()).isEqualTo(new DataImport.DryRun(1, 0, 0, 0));
        assertThat(importRuns.errors(job.id(), "dry", 10, Locale.JAPANESE)).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("ImportLikelyDuplicate");
            assertThat(e.message()).contains("さくら精機" + s).contains("取り込むと追加されます").doesNotContain("取り込みました");
        });
        importRuns.start(job.id());
        DataImport done = await(imports, job.id(), "done");
        assertThat(done.created()).isEqualTo(1);
        assertThat(importRuns.errors(job.id(), "run", 10, Locale.JAPANESE)).singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo("ImportLikelyDuplicate"));
    }

    @Test
    void theRealRunDoesNotTakeItsOwnEarlierBatchesForExistingCustomers() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String reading = "オナジヨミ" + kana(s);
        byte[] file = TestFiles.csv(List.of(List.of("会社名", "フリガナ"), List.of("同じ読み一" + s, reading),
                List.of("同じ読み二" + s, reading))).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DataImport job = imports.upload("same.csv", new ByteArrayInputStream(file)).dataImport();
        importRepository.setBatchSize(job.id(), 1); // row 2 is checked after row 1 was written
        importRuns.dryRun(job.id());
        assertThat(await(imports, job.id(), "dry_run_done").dryRun()).isEqualTo(new DataImport.DryRun(2, 0, 0, 0));
        importRuns.start(job.id());
        DataImport done = await(imports, job.id(), "done");
        assertThat(List.of(done.created(), done.skipped())).as("as the dry run judged").containsExactly(2L, 0L);
        assertThat(importRuns.errorCount(job.id(), "run")).isZero();
    }

    /** Letters of a random suffix as katakana, so each run's reading is its own. */
    private static String kana(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append((char) ('ア' + (c % 20) * 2)));
        return out.toString();
    }

    private long contactCount(String suffix) {
        return jdbc.sql("select count(*) from contact where email like ?").param("%-" + suffix + "@example.jp")
                .query(Long.class).single();
    }

    /** The long-text custom field as stored: kept exactly as written (half-width katakana too). */
    private String memo(String name) {
        return jdbc.sql("select custom_fields ->> 'import_memo' from company where name = ?").param(name)
                .query(String.class).single();
    }

    private long count(String namePattern) {
        return jdbc.sql("select count(*) from company where name like ?").param(namePattern).query(Long.class).single();
    }
}
