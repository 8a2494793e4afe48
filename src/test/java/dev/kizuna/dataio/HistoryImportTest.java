package dev.kizuna.dataio;

import static dev.kizuna.dataio.ImportIntegrationTest.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.kizuna.commerce.Order;
import dev.kizuna.commerce.Orders;
import dev.kizuna.platform.table.FileFormats;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.sales.DealDraft;
import dev.kizuna.sales.Deals;
import dev.kizuna.sales.Pipeline;
import dev.kizuna.sales.Pipelines;
import dev.kizuna.sales.StageDraft;
import dev.kizuna.sales.StageKind;
import dev.kizuna.support.KizunaTest;
import dev.kizuna.support.EventListenersDone;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * History from the former system — activities, deals and payments — imported through the real worker: found by the
 * customer's former id, counted like any record, added once however often the rows come again, and undone.
 */
@KizunaTest
class HistoryImportTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    Imports imports;
    @Autowired
    ImportRuns importRuns;
    @Autowired
    Pipelines pipelines;
    @Autowired
    Deals deals;
    @Autowired
    Orders orders;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;
    TestAccounts.Account manager;
    TestAccounts.Account rep;
    String suffix;

    @BeforeEach
    void signIn() {
        manager = accounts.create(PermissionLevel.ADMIN);
        rep = accounts.create(PermissionLevel.MEMBER);
        accounts.signInForService(manager);
        suffix = UUID.randomUUID().toString().substring(0, 6);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private DataImport run(String objectType, String name, byte[] bytes) throws InterruptedException {
        Imports.Uploaded uploaded = imports.upload(objectType, name, new ByteArrayInputStream(bytes));
        DataImport job = uploaded.dataImport();
        imports.configure(job.id(), new ImportSettings(job.mapping(), ImportMode.INSERT, null, "auto"));
        importRuns.start(job.id());
        return await(imports, job.id(), "done");
    }

    /** Two customers with the codes they had in the former system. */
    private void customers() throws InterruptedException {
        run("company", "顧客.csv", TestFiles.csv(List.of(List.of("顧客コード", "会社名", "電話番号"),
                // a number of its own: a customer with another test's number would be left out as a look-alike
                List.of("K1-" + suffix, "株式会社髙田商事" + suffix, "03-" + (5000 + RANDOM.nextInt(4000)) + "-"
                        + (1000 + RANDOM.nextInt(9000))),
                List.of("K2-" + suffix, "﨑山印刷有限会社" + suffix, ""))).getBytes(FileFormats.CP932));
    }

    private static final java.util.Random RANDOM = new java.util.Random();

    private UUID company(String code) {
        return jdbc.sql("select record_id from external_key where object_type = 'company' and external_id = ?")
                .param(code + "-" + suffix).query(UUID.class).single();
    }

    @Test
    void activitiesArriveByTheirCustomersFormerCodeOnceAndAreUndone() throws Exception {
        customers();
        List<List<String>> rows = List.of(
                List.of("活動ID", "顧客コード", "日時", "手段", "種別", "結果", "内容", "対応者", "登録日時"),
                List.of("A1-" + suffix, "K1-" + suffix, "2026/10/01 10:00", "電話", "商品問い合わせ", "不通", "留守電に伝言",
                        rep.email(), "2026/10/01 10:05"),
                List.of("A2-" + suffix, "K1-" + suffix, "2026/10/02 14:30", "電話", "商品問い合わせ", "通話",
                        "見積の件で折り返し", rep.email(), ""),
                List.of("A3-" + suffix, "K2-" + suffix, "令和8年10月3日", "", "", "", "年末に再訪する", "", ""),
                List.of("A4-" + suffix, "K9-" + suffix, "2026/10/04", "電話", "商品問い合わせ", "通話", "", "", ""),
                List.of("A5-" + suffix, "K1-" + suffix, "2026/10/04", "FAX", "商品問い合わせ", "", "", "", ""),
                List.of("A6-" + suffix, "K1-" + suffix, "2026/13/40", "電話", "商品問い合わせ", "通話", "", "", ""));
        byte[] bytes = TestFiles.csv(rows).getBytes(FileFormats.CP932);
        Imports.Uploaded uploaded = imports.upload("activity", "対応履歴.csv", new ByteArrayInputStream(bytes));
        DataImport job = uploaded.dataImport();
        assertThat(job.mapping()).containsExactly("externalId", "companyExternalId", "occurredAt", "channel", "type",
                "outcome", "details", "owner", "loggedAt");

        imports.configure(job.id(), new ImportSettings(job.mapping(), ImportMode.INSERT, null, "auto"));
        importRuns.dryRun(job.id());
        DataImport dry = await(imports, job.id(), "dry_run_done");
        assertThat(dry.dryRun()).isEqualTo(new DataImport.DryRun(3, 0, 0, 3));
        assertThat(jdbc.sql("select count(*) from activity where company_id in (?, ?)")
                .params(company("K1"), company("K2")).query(Long.class).single()).isZero();
        List<ImportError> errors = importRuns.errors(job.id(), "dry", 10, Locale.JAPANESE);
        assertThat(errors).extracting(ImportError::row, ImportError::column, ImportError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5L, "顧客コード", "ImportCompanyNotFound"),
                org.assertj.core.groups.Tuple.tuple(6L, "手段", "ImportUnknownChoice"),
                org.assertj.core.groups.Tuple.tuple(7L, "日時", "ImportDate"));
        assertThat(errors.get(1).message()).contains("選択肢");

        importRuns.start(job.id());
        DataImport done = await(imports, job.id(), "done");
        assertThat(done.created()).isEqualTo(3);
        record Row(String kind, UUID userId, String outcome, Instant occurredAt, Instant loggedAt) {
        }
        List<Row> written = jdbc.sql("""
                select kind, user_id, outcome, occurred_at, logged_at from activity where company_id in (?, ?)
                 order by occurred_at""").params(company("K1"), company("K2"))
                .query((rs, n) -> new Row(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant())).list();
        Instant first = LocalDate.of(2026, 10, 1).atTime(10, 0).atZone(TOKYO).toInstant();
        assertThat(written).containsExactly(
                new Row("activity", rep.id(), "unreached", first, first.plus(Duration.ofMinutes(5))),
                new Row("activity", rep.id(), "reached", first.plus(Duration.ofHours(28).plusMinutes(30)),
                        first.plus(Duration.ofHours(28).plusMinutes(30))),
                new Row("note", manager.id(), null, LocalDate.of(2026, 10, 3).atStartOfDay(TOKYO).toInstant(),
                        LocalDate.of(2026, 10, 3).atStartOfDay(TOKYO).toInstant()));
        assertThat(jdbc.sql("select last_activity_at from company where id = ?").param(company("K1"))
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(written.get(1).occurredAt());
        assertThat(jdbc.sql("select coalesce(sum(activities), 0) from activity_delay_rollup where user_id = ?")
                .param(rep.id()).query(Long.class).single()).as("counted for input timeliness").isEqualTo(2);

        // the same rows again, in a file that also has a new one: only the new one is added
        List<List<String>> again = new java.util.ArrayList<>(rows);
        again.add(List.of("A7-" + suffix, "K2-" + suffix, "2026/10/05 09:00", "メール", "商品問い合わせ", "", "資料送付",
                rep.email(), ""));
        DataImport second = run("activity", "対応履歴2.csv", TestFiles.csv(again).getBytes(StandardCharsets.UTF_8));
        assertThat(second.created()).isEqualTo(1);
        assertThat(second.skipped()).isEqualTo(3);

        importRuns.undo(job.id());
        assertThat(jdbc.sql("select count(*) from activity where company_id in (?, ?)")
                .params(company("K1"), company("K2")).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from company where id = ? and last_activity_at is null")
                .param(company("K1")).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select coalesce(sum(activities), 0) from activity_delay_rollup where user_id = ?")
                .param(rep.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void dealsKeepTheirStageAndCloseDateAndAWonOneMakesNoOrder() throws Exception {
        Instant started = Instant.now();
        customers();
        Pipeline pipeline = pipelines.create("移行テスト" + suffix, "Migration " + suffix, List.of(
                new StageDraft("問い合わせ", "Inquiry", StageKind.OPEN, 10, null),
                new StageDraft("見積", "Quote", StageKind.OPEN, 60, null),
                new StageDraft("受注", "Won", StageKind.WON, 100, null),
                new StageDraft("入金", "Paid", StageKind.WON, 100, null), // so 受注 is won but not the last stage
                new StageDraft("失注", "Lost", StageKind.LOST, 0, null)));
        String lostReason = pipelines.addLostReason("価格で他社に決定" + suffix, "Lost on price " + suffix).name();
        byte[] bytes = TestFiles.csv(List.of(
                List.of("商談ID", "顧客コード", "商談名", "パイプライン", "フェーズ", "金額", "完了予定日", "成約日", "担当者", "失注理由"),
                List.of("D1-" + suffix, "K1-" + suffix, "名刺 5,000枚", "移行テスト" + suffix, "見積", "¥120,000",
                        "2026/12/20", "", rep.email(), ""),
                List.of("D2-" + suffix, "K1-" + suffix, "封筒 一式", "移行テスト" + suffix, "受注", "80万", "",
                        "2026/09/30", rep.email(), ""),
                List.of("D3-" + suffix, "K2-" + suffix, "カタログ", "移行テスト" + suffix, "失注", "300000", "",
                        "2026/08/31", "", lostReason),
                List.of("D4-" + suffix, "K2-" + suffix, "ポスター", "移行テスト" + suffix, "発送済", "1000", "", "", "", "")))
                .getBytes(FileFormats.CP932);
        DataImport job = run("deal", "商談.csv", bytes);
        assertThat(job.created()).as("%s", importRuns.errors(job.id(), "run", 10, Locale.ENGLISH)).isEqualTo(3);
        assertThat(job.failed()).isEqualTo(1);
        assertThat(importRuns.errors(job.id(), "run", 10, Locale.ENGLISH)).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(5);
            assertThat(e.column()).isEqualTo("フェーズ");
            assertThat(e.value()).isEqualTo("発送済");
        });
        record Row(String title, String stage, long amount, UUID owner, Instant closedAt) {
        }
        List<Row> written = jdbc.sql("""
                select d.title, s.name, d.amount, d.owner_id, d.closed_at from deal d join pipeline_stage s on s.id = d.stage_id
                 where d.pipeline_id = ? order by d.amount""").param(pipeline.id())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getObject(4, UUID.class),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant())).list();
        assertThat(written).containsExactly(
                new Row("名刺 5,000枚", "見積", 120_000, rep.id(), null),
                new Row("カタログ", "失注", 300_000, manager.id(),
                        LocalDate.of(2026, 8, 31).atTime(12, 0).atZone(TOKYO).toInstant()),
                new Row("封筒 一式", "受注", 800_000, rep.id(),
                        LocalDate.of(2026, 9, 30).atTime(12, 0).atZone(TOKYO).toInstant()));
        UUID won = jdbc.sql("select id from deal where pipeline_id = ? and title = '封筒 一式'").param(pipeline.id())
                .query(UUID.class).single();
        // An order would be made after commit, by a listener: once every listener has run, there is none.
        EventListenersDone.since(jdbc, started);
        assertThat(orders.ofDeal(won)).as("an imported won deal makes no order").isEmpty();

        importRuns.undo(job.id());
        assertThat(jdbc.sql("select count(*) from deal where pipeline_id = ?").param(pipeline.id()).query(Long.class)
                .single()).isZero();
    }

    @Test
    void paymentsFindTheirOrderByNumberNeverExceedWhatIsOwedAndAreTakenBackByUndo() throws Exception {
        customers();
        Pipeline pipeline = pipelines.create("入金テスト" + suffix, "Payments " + suffix, List.of(
                new StageDraft("見積", "Quote", StageKind.OPEN, 60, null),
                new StageDraft("受注", "Won", StageKind.WON, 100, null),
                new StageDraft("失注", "Lost", StageKind.LOST, 0, null)));
        var deal = deals.create(new DealDraft("年賀状印刷" + suffix, company("K1"), null, pipeline.id(), null, 110_000L,
                null, manager.id(), null, null, null, null, null, null, null, java.util.Map.of()));
        deals.move(deal.id(), deal.version(), pipeline.activeStages().get(1).id(), null, null);
        Order order = awaitOrder(deal.id());
        long owed = order.balance();
        String today = orders.today().format(DateTimeFormatter.ofPattern("yyyy/M/d"));
        byte[] bytes = TestFiles.csv(List.of(
                List.of("取引番号", "受注番号", "入金日", "入金額", "摘要"),
                List.of("P1-" + suffix, order.number(), today, "50,000", "ｶ)ﾀｶﾀﾞｼﾖｳｼﾞ"),
                List.of("P2-" + suffix, order.number(), today, Long.toString(owed), "ｶ)ﾀｶﾀﾞｼﾖｳｼﾞ 残金"),
                List.of("P3-" + suffix, order.number(), today, Long.toString(owed - 50_000), "残金"),
                List.of("P4-" + suffix, "O-1999-999999", today, "1000", ""))).getBytes(FileFormats.CP932);
        DataImport job = run("payment", "入金明細.csv", bytes);
        assertThat(job.created()).isEqualTo(2);
        assertThat(importRuns.errors(job.id(), "run", 10, Locale.ENGLISH))
                .extracting(ImportError::row, ImportError::field, ImportError::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "amount", "OverBalance"),
                        org.assertj.core.groups.Tuple.tuple(5L, "orderNumber", "ImportOrderNotFound"));
        Order paid = orders.find(order.id());
        assertThat(paid.paidAmount()).isEqualTo(owed);
        assertThat(paid.status()).isEqualTo(dev.kizuna.commerce.OrderStatus.PAID);

        importRuns.undo(job.id());
        Order after = orders.find(order.id());
        assertThat(after.paidAmount()).isZero();
        assertThat(after.paidOn()).isNull();
        assertThat(orders.paymentsOf(order.id())).isEmpty();
    }

    @Test
    void ordersKeepTheirFormerNumbersAndTaxAndAreThenPaidByNumber() throws Exception {
        customers();
        LocalDate today = orders.today();
        DateTimeFormatter slash = DateTimeFormatter.ofPattern("yyyy/M/d");
        String paidOn = today.minusDays(20).format(slash);
        byte[] bytes = TestFiles.csv(List.of(
                List.of("受注番号", "得意先コード", "件名", "受注日", "金額(税抜)", "税率", "納品日", "入金日", "担当者"),
                List.of("J1-" + suffix, "K1-" + suffix, "名刺印刷 5,000枚", today.minusDays(40).format(slash), "100,000",
                        "10%", today.minusDays(35).format(slash), paidOn, rep.email()),
                List.of("J2-" + suffix, "K1-" + suffix, "会報誌 (軽減税率)", today.minusDays(10).format(slash), "50000",
                        "8%", today.minusDays(5).format(slash), "", ""),
                List.of("J3-" + suffix, "K2-" + suffix, "封筒", today.minusDays(3).format(slash), "20000", "5%", "", "", ""),
                List.of("J4-" + suffix, "K2-" + suffix, "", today.minusDays(3).format(slash), "20000", "", "", "", "")))
                .getBytes(FileFormats.CP932);
        Imports.Uploaded uploaded = imports.upload("order", "受注一覧.csv", new ByteArrayInputStream(bytes));
        assertThat(uploaded.dataImport().mapping()).containsExactly("orderNumber", "companyExternalId", "orderTitle",
                "orderedOn", "amount", "taxRate", "deliveredOn", "paidOn", "owner");
        DataImport job = run("order", "受注一覧.csv", bytes);
        assertThat(List.of(job.created(), job.failed())).containsExactly(2L, 2L);
        List<ImportError> errors = importRuns.errors(job.id(), "run", 10, Locale.JAPANESE);
        assertThat(errors).extracting(ImportError::row, ImportError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4L, "税率"), org.assertj.core.groups.Tuple.tuple(5L, "件名"));
        assertThat(errors.get(1).message()).as("labelled as on the mapping screen, not as a contact's 役職")
                .startsWith("件名 (品名)");

        Order first = orders.find(orders.idsByNumber(List.of("J1-" + suffix)).get("J1-" + suffix));
        assertThat(List.of(first.subtotal(), first.tax(), first.invoiceAmount(), first.paidAmount()))
                .containsExactly(100_000L, 10_000L, 110_000L, 110_000L);
        assertThat(first.status()).isEqualTo(dev.kizuna.commerce.OrderStatus.PAID);
        assertThat(first.ownerId()).isEqualTo(rep.id());
        Order second = orders.find(orders.idsByNumber(List.of("J2-" + suffix)).get("J2-" + suffix));
        assertThat(List.of(second.tax(), second.invoiceAmount(), second.paidAmount()))
                .containsExactly(4_000L, 54_000L, 0L);
        assertThat(second.dueOn()).as("invoiced on delivery, due at the end of the next month").isAfter(today);

        DataImport paid = run("payment", "入金.csv", TestFiles.csv(List.of(List.of("受注番号", "入金日", "入金額"),
                List.of("J2-" + suffix, today.format(slash), "54,000"))).getBytes(StandardCharsets.UTF_8));
        assertThat(paid.created()).isEqualTo(1);
        assertThat(orders.find(second.id()).status()).isEqualTo(dev.kizuna.commerce.OrderStatus.PAID);

        importRuns.undo(job.id());
        assertThat(orders.idsByNumber(List.of("J1-" + suffix, "J2-" + suffix))).isEmpty();
    }

    @Test
    void onlyManagersImportHistoryAndHistoryIsOnlyAdded() throws Exception {
        byte[] bytes = TestFiles.csv(List.of(List.of("受注番号", "入金日", "入金額"), List.of("O-1", "2026/1/5", "1"),
                List.of(suffix, "2026/1/5", "1"))).getBytes(StandardCharsets.UTF_8);
        DataImport job = imports.upload("payment", "入金.csv", new ByteArrayInputStream(bytes)).dataImport();
        assertThatThrownBy(() -> imports.configure(job.id(), new ImportSettings(job.mapping(), ImportMode.UPSERT,
                "externalId", "auto"))).isInstanceOf(dev.kizuna.platform.api.RuleViolationException.class)
                .satisfies(e -> assertThat(((dev.kizuna.platform.api.RuleViolationException) e).problems())
                        .extracting(dev.kizuna.platform.api.FieldProblem::code).contains("ImportInsertOnly"));
        assertThatThrownBy(() -> imports.configure(job.id(), new ImportSettings(List.of("orderNumber", "receivedOn", ""),
                ImportMode.INSERT, null, "auto"))).isInstanceOf(dev.kizuna.platform.api.RuleViolationException.class)
                .satisfies(e -> assertThat(((dev.kizuna.platform.api.RuleViolationException) e).problems())
                        .extracting(dev.kizuna.platform.api.FieldProblem::code).contains("ImportRequiredNotMapped"));

        accounts.signInForService(rep);
        assertThatThrownBy(() -> imports.upload("activity", "a.csv",
                new ByteArrayInputStream((suffix + "\r\n").getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Order awaitOrder(UUID dealId) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            var order = orders.ofDeal(dealId);
            if (order.isPresent()) {
                return order.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no order for the won deal");
    }
}
