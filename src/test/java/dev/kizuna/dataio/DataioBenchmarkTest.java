package dev.kizuna.dataio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import dev.kizuna.bench.BenchReport;
import dev.kizuna.bench.Measurement;
import dev.kizuna.platform.table.FileFormats;
import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Import and export at scale (issue 8, Speed). Run on demand: {@code ./mvnw -Pbench verify -Dtest=DataioBenchmarkTest}
 * (scale with {@code -Dbench.import.rows=… -Dbench.export.contacts=…}).
 * <ol>
 * <li>A generated CP932 companies CSV with 20 columns (Japanese text, half-width kana, full-width digits, 1,200人,
 * ￥3億, some bad phone numbers) goes through the real import: upload, auto-mapping, the background worker. Its
 * baseline is plain COPY of the very rows the import wrote (taken back out with COPY TO), into the same table with
 * the same indexes, after the import has been undone.</li>
 * <li>Contacts are exported to CSV (UTF-8 with BOM) by the export runner, beside COPY (…) TO STDOUT WITH CSV of the
 * same columns; the heap is sampled during the export.</li>
 * </ol>
 */
@KizunaTest
@Tag("bench")
class DataioBenchmarkTest {

    private static final String COLUMNS = """
            id, kind, name, name_kana, corporate_number, postal_code, prefecture, city, street, building, phone,
            phone_display, email, website, representative, industry, employee_count, annual_revenue, lead_source,
            owner_id, tags, status, birthday, email_opt_in, phone_opt_in, line_opt_in, search_text, name_grams,
            custom_fields, created_by, updated_by""";

    @Autowired
    Imports imports;
    @Autowired
    ImportRuns importRuns;
    @Autowired
    ExportRunner exportRunner;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void importAndExportAtScale() throws Exception {
        int importRows = Integer.getInteger("bench.import.rows", 1_000_000);
        int exportContacts = Integer.getInteger("bench.export.contacts", 2_000_000);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench",
                null, AuthorityUtils.createAuthorityList("ROLE_MANAGER", "ROLE_MEMBER", "ROLE_VIEWER")));
        List<Measurement> results = new ArrayList<>();
        Map<String, Object> setup = new LinkedHashMap<>();

        // 1. Import
        Path csv = Files.createTempFile("bench-import-", ".csv");
        long generated = System.nanoTime();
        int bad = writeCompanies(csv, importRows, 42);
        setup.put("import file", importRows + " rows × 20 columns, CP932, " + Files.size(csv) / 1_000_000 + " MB ("
                + bad + " rows with a bad phone)");
        setup.put("file generation s", Math.round((System.nanoTime() - generated) / 1e9));
        DataImport job;
        try (InputStream in = Files.newInputStream(csv)) {
            job = imports.upload("bench.csv", in).dataImport();
        }
        assertThat(job.mapping()).doesNotContain("");
        // The generated readings repeat (a few stems × trades), so rows look like customers an earlier run left:
        // add them anyway. The look-alike check still runs on every batch of both passes and is measured.
        imports.configure(job.id(), new ImportSettings(job.mapping(), ImportMode.INSERT, null, "auto", null,
                ImportSettings.ADD_DUPLICATES, true));
        importRuns.dryRun(job.id());
        DataImport dry = ImportIntegrationTest.await(imports, job.id(), "dry_run_done", 3_600);
        double dryMs = java.time.Duration.between(dry.startedAt(), dry.finishedAt()).toMillis();
        setup.put("dry run rows/s (count pass, parse, transform, check; nothing written)", Math.round(importRows / (dryMs / 1000)));
        importRuns.start(job.id());
        DataImport done = ImportIntegrationTest.await(imports, job.id(), "done", 3_600);
        assertThat(done.created()).isEqualTo(importRows - bad);
        assertThat(done.failed()).isEqualTo(bad);
        double importMs = java.time.Duration.between(done.startedAt(), done.finishedAt()).toMillis();
        long companiesBefore = jdbc.sql("select count(*) from company").query(Long.class).single();

        // Baseline: the same rows, taken out with COPY TO, the import undone, then COPY FROM into the same table.
        Path rows = Files.createTempFile("bench-rows-", ".copy");
        try (Connection c = dataSource.getConnection(); OutputStream out = new BufferedOutputStream(Files.newOutputStream(rows))) {
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select " + COLUMNS + " from company where id in "
                    + "(select record_id from data_import_record where import_id = '" + job.id() + "')) to stdout", out);
        }
        importRuns.undo(job.id());
        jdbc.sql("vacuum analyze company").update();
        long copyStart = System.nanoTime();
        try (Connection c = dataSource.getConnection(); InputStream in = Files.newInputStream(rows)) {
            c.setAutoCommit(false);
            long copied = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy company (" + COLUMNS + ") from stdin", in, 1 << 16);
            c.commit();
            assertThat(copied).isEqualTo(importRows - bad);
        }
        double copyMs = (System.nanoTime() - copyStart) / 1e6;
        assertThat(jdbc.sql("select count(*) from company").query(Long.class).single()).isEqualTo(companiesBefore);
        results.add(new Measurement("import-companies-cp932", importRows + " rows × 20 columns CP932 CSV, background "
                + "import (count pass, parse, transform, check, COPY per 5,000-row batch with its progress)",
                importMs, importMs, copyMs, copyMs, 1, importRows));
        setup.put("import rows/s", Math.round(importRows / (importMs / 1000)));
        setup.put("plain COPY rows/s (same rows, same table and indexes)", Math.round((importRows - bad) / (copyMs / 1000)));
        setup.put("import ÷ COPY", String.format(java.util.Locale.ROOT, "%.2f", importMs / copyMs));

        // 2. Export contacts
        generateContacts(exportContacts);
        long contacts = jdbc.sql("select count(*) from contact").query(Long.class).single();
        DataExport export = new DataExport(UUID.randomUUID(), "contact", "", List.of(), "csv-utf8", "queued", 0,
                "contacts.csv", null, "ja", Instant.now(), null, null);
        Path exported = Files.createTempFile("bench-export-", ".csv");
        HeapWatch heap = new HeapWatch();
        heap.start();
        long exportStart = System.nanoTime();
        long written;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(exported), 1 << 16)) {
            written = exportRunner.write(export, out);
        }
        double exportMs = (System.nanoTime() - exportStart) / 1e6;
        heap.stop();
        assertThat(written).isEqualTo(contacts);
        Path baseline = Files.createTempFile("bench-export-copy-", ".csv");
        long baseStart = System.nanoTime();
        try (Connection c = dataSource.getConnection(); OutputStream out = new BufferedOutputStream(Files.newOutputStream(baseline), 1 << 16)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("""
                    copy (select c.name, k.name, k.name_kana, k.department, k.title, k.phone_display, k.mobile_display,
                                 k.email, case when k.is_primary then '1' else '0' end, k.notes,
                                 to_char(k.created_at at time zone 'Asia/Tokyo', 'YYYY-MM-DD HH24:MI')
                            from contact k join company c on c.id = k.company_id order by k.name_kana, k.id)
                    to stdout with (format csv)""", out);
        }
        double baseMs = (System.nanoTime() - baseStart) / 1e6;
        results.add(new Measurement("export-contacts-csv", contacts + " contacts (11 columns) to CSV UTF-8 with BOM, "
                + "furigana order", exportMs, exportMs, baseMs, baseMs, 1, contacts));
        setup.put("export rows/s", Math.round(contacts / (exportMs / 1000)));
        setup.put("COPY TO CSV rows/s (same columns and order)", Math.round(contacts / (baseMs / 1000)));
        setup.put("export file MB", Files.size(exported) / 1_000_000);
        setup.put("heap used during export, peak sampled every 10 ms (MB)", heap.peakUsed.get() / 1_000_000);
        setup.put("heap live after GC during export, peak (MB)", heap.peakAfterGc.get() / 1_000_000);
        setup.put("JVM max heap (MB; -Dbench.heap, default 4g)", Runtime.getRuntime().maxMemory() / 1_048_576
                + "; the live heap after GC is the export's real footprint");
        LoggerFactory.getLogger(DataioBenchmarkTest.class).info("\n{}", BenchReport.write("dataio", setup, results));
        for (Path p : List.of(csv, rows, exported, baseline)) {
            Files.deleteIfExists(p);
        }
    }

    /** Samples the heap: the most used, and the most still live right after a collection. */
    static final class HeapWatch {
        final AtomicLong peakUsed = new AtomicLong();
        final AtomicLong peakAfterGc = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private Thread thread;

        void start() {
            System.gc();
            thread = Thread.ofPlatform().daemon(true).start(() -> {
                var memory = ManagementFactory.getMemoryMXBean();
                List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP).toList();
                while (running.get()) {
                    peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    long afterGc = pools.stream().mapToLong(p -> p.getCollectionUsage() == null ? 0
                            : p.getCollectionUsage().getUsed()).sum();
                    peakAfterGc.accumulateAndGet(afterGc, Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }

    private static final String[] STEMS = {"さくら", "ﾐﾄﾞﾘ", "大和", "東海", "髙橋", "﨑山", "富士", "旭", "中央", "青葉",
            "ひかり", "北斗", "なにわ", "博多", "信州", "ｱﾙﾌｧ", "グリーン", "つばさ", "瀬戸内", "杜の都"};
    private static final String[] READINGS = {"サクラ", "ﾐﾄﾞﾘ", "やまと", "トウカイ", "タカハシ", "ｻｷﾔﾏ", "フジ", "アサヒ",
            "チュウオウ", "あおば", "ヒカリ", "ホクト", "ナニワ", "ハカタ", "シンシュウ", "ｱﾙﾌｧ", "グリーン", "ツバサ",
            "セトウチ", "モリノミヤコ"};
    private static final String[] TRADES = {"商事", "工業", "精機", "物産", "建設", "食品", "システム", "運輸", "印刷", "電機"};
    private static final String[] TRADE_READINGS = {"ショウジ", "コウギョウ", "セイキ", "ブッサン", "ケンセツ", "ショクヒン",
            "システム", "ウンユ", "インサツ", "デンキ"};
    private static final String[][] PLACES = {{"1000005", "東京都", "千代田区", "丸の内"}, {"5300001", "大阪府", "大阪市北区", "梅田"},
            {"4600008", "愛知県", "名古屋市中区", "栄"}, {"8120011", "福岡県", "福岡市博多区", "博多駅前"},
            {"0600001", "北海道", "札幌市中央区", "北一条西"}, {"9800021", "宮城県", "仙台市青葉区", "中央"}};
    private static final String[] STATUSES = {"取引中", "見込み", "customer", "prospect", "休眠"};
    private static final String[] SOURCES = {"展示会", "紹介", "Web問い合わせ", "電話", "セミナー"};

    /** Writes the companies file; returns how many rows carry a phone number that cannot be read. */
    static int writeCompanies(Path file, int rows, long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        int bad = 0;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), FileFormats.CP932), 1 << 16)) {
            out.write("会社名,フリガナ,法人番号,郵便番号,都道府県,市区町村,町域・番地,建物名,電話番号,メールアドレス,"
                    + "ホームページ,代表者名,業種,従業員数,年商,流入経路,ステータス,種別,タグ,メルマガ\r\n");
            for (int i = 0; i < rows; i++) {
                int s = random.nextInt(STEMS.length);
                int t = random.nextInt(TRADES.length);
                String[] place = PLACES[random.nextInt(PLACES.length)];
                boolean badPhone = random.nextInt(1000) == 0;
                bad += badPhone ? 1 : 0;
                String phone = badPhone ? "不明" : random.nextBoolean()
                        ? String.format("0%d-%04d-%04d", 3 + random.nextInt(6), random.nextInt(10000), random.nextInt(10000))
                        : String.format("０%d（%04d）%04d", 3 + random.nextInt(6), random.nextInt(10000), random.nextInt(10000));
                out.write("株式会社" + STEMS[s] + TRADES[t] + " " + i + "," + READINGS[s] + TRADE_READINGS[t] + ","
                        + TestFiles.corporateNumber(300_000_000_000L + i) + "," + place[0].substring(0, 3) + "-"
                        + place[0].substring(3) + "," + place[1] + "," + place[2] + "," + place[3] + (1 + random.nextInt(9))
                        + "-" + (1 + random.nextInt(30)) + "," + (random.nextInt(3) == 0 ? "\"第" + (1 + random.nextInt(9))
                        + "ビル\r\n" + (1 + random.nextInt(20)) + "F\"" : "") + "," + phone + ",info@c" + i
                        + ".example.jp,https://www.c" + i + ".example.jp,髙橋 一郎,製造業,\"" + (1 + random.nextInt(2000))
                        + "人\",￥" + (1 + random.nextInt(50)) + "億," + SOURCES[random.nextInt(SOURCES.length)] + ","
                        + STATUSES[random.nextInt(STATUSES.length)] + ",法人,\"重要,①既存\"," + (random.nextBoolean() ? "○" : "×")
                        + "\r\n");
            }
        }
        return bad;
    }

    /** Contacts spread over existing companies, written by one INSERT … SELECT with the search indexes rebuilt after. */
    private void generateContacts(int count) throws Exception {
        long existing = jdbc.sql("select count(*) from contact").query(Long.class).single();
        if (existing >= count) {
            return;
        }
        List<String> indexes = dev.kizuna.bench.BulkLoad.dropIndexes(dataSource,
                "tablename = 'contact' and indexdef like '%USING gin%'");
        jdbc.sql("""
                insert into contact (id, company_id, name, name_kana, department, title, phone_display, mobile,
                    mobile_display, email, is_primary, search_text)
                with companies as (select array_agg(id) ids from (select id from company limit 1000) x)
                select gen_random_uuid(), c.ids[1 + g % cardinality(c.ids)], s.sur || ' ' || s.given, s.sur_kana || ' ' || s.given_kana, '営業部', '課長',
                       '', '+8190' || lpad((g % 100000000)::text, 8, '0'), '090-' || lpad((g % 10000)::text, 4, '0') || '-0000',
                       'p' || g || '@example.jp', g % 3 = 0, ''
                  from generate_series(1, ?) g
                  join lateral (select (array['佐藤','鈴木','髙橋','田中','﨑山'])[1 + g % 5] sur,
                                       (array['サトウ','スズキ','タカハシ','タナカ','サキヤマ'])[1 + g % 5] sur_kana,
                                       (array['花子','一郎','美咲','健太'])[1 + g % 4] given,
                                       (array['ハナコ','イチロウ','ミサキ','ケンタ'])[1 + g % 4] given_kana) s on true
                  cross join companies c
                """).param(count - existing).update();
        dev.kizuna.bench.BulkLoad.rebuild(dataSource, indexes, "contact");
    }
}
