package dev.kizuna.sales;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Deals and stage changes at any scale straight into PostgreSQL with COPY. Per pipeline: {@code openPerPipeline}
 * active deals spread over its non-terminal stages (entered up to 60 days ago, so some are stalled), the rest
 * closed in its terminal stages (mostly paid, some lost) over two years; every deal gets {@code changesPerDeal}
 * stage changes (its creation first). Indexes are dropped during the load and built after. Deterministic per seed.
 */
final class DealDataGenerator {

    private static final String[] TITLES = {"名刺の年間契約", "会社案内パンフレット刷新", "展示会用ノベルティ", "DM発送代行",
            "カタログ印刷", "封筒印刷（窓付き）", "周年記念誌", "採用パンフレット", "店舗用チラシ（毎月）", "ロゴ刷新"};
    private static final String[] SOURCES = {"Webサイト問い合わせ", "紹介", "展示会", "電話問い合わせ", "既存顧客"};

    private final DataSource dataSource;

    DealDataGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns how many deals and stage changes were written. */
    long[] generate(List<Pipeline> pipelines, int dealsPerPipeline, int openPerPipeline, int changesPerDeal,
            List<UUID> companies, List<UUID> owners, UUID lostReason, Instant now, long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> indexes = dev.kizuna.bench.BulkLoad.dropIndexes(dataSource,
                "tablename in ('deal', 'deal_stage_change') and indexname not like '%_pkey'");
        long deals = 0;
        long changes = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica"); // consistent by construction
            }
            var api = connection.unwrap(PGConnection.class).getCopyAPI();
            CopyIn dealCopy = api.copyIn("""
                    copy deal (id, title, company_id, pipeline_id, stage_id, status, active, amount, expected_close_on,
                        owner_id, lead_source, next_step, next_step_on, lost_reason_id, stage_entered_at,
                        last_activity_at, closed_at, created_at, updated_at) from stdin""");
            StringBuilder rows = new StringBuilder(1 << 20);
            StringBuilder changeRows = new StringBuilder(1 << 20);
            List<UUID> dealIds = new java.util.ArrayList<>();
            List<Object[]> changeSpecs = new java.util.ArrayList<>();
            for (Pipeline pipeline : pipelines) {
                List<Stage> stages = pipeline.activeStages();
                List<Stage> active = stages.stream().filter(s -> !s.terminal()).toList();
                Stage paid = stages.stream().filter(s -> s.terminal() && s.kind() == StageKind.WON).findFirst().orElseThrow();
                Stage lost = stages.stream().filter(s -> s.kind() == StageKind.LOST).findFirst().orElseThrow();
                for (int i = 0; i < dealsPerPipeline; i++) {
                    UUID id = new UUID(random.nextLong(), random.nextLong());
                    boolean open = i < openPerPipeline;
                    Stage stage = open ? active.get(random.nextInt(active.size())) : random.nextInt(9) == 0 ? lost : paid;
                    long ageSeconds = open ? random.nextLong(60L * 86_400) : 86_400L * 30 + random.nextLong(700L * 86_400);
                    Instant entered = now.minusSeconds(ageSeconds);
                    Instant created = entered.minusSeconds(random.nextLong(90L * 86_400));
                    Instant lastActivity = random.nextInt(3) == 0 ? null : entered.plusSeconds(random.nextLong(Math.max(1, ageSeconds)));
                    boolean nextStep = random.nextInt(2) == 0;
                    LocalDate nextOn = nextStep ? LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(random.nextInt(30) - 10) : null;
                    rows.append(id).append('\t').append(TITLES[random.nextInt(TITLES.length)]).append(' ').append(i).append('\t')
                            .append(companies.get(random.nextInt(companies.size()))).append('\t')
                            .append(pipeline.id()).append('\t').append(stage.id()).append('\t')
                            .append(stage.kind().code()).append('\t').append(open ? 't' : 'f').append('\t')
                            .append(10_000L * (1 + random.nextInt(500))).append('\t')
                            .append(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(random.nextInt(120) - 30)).append('\t')
                            .append(owners.get(random.nextInt(owners.size()))).append('\t')
                            .append(SOURCES[random.nextInt(SOURCES.length)]).append('\t')
                            .append(nextStep ? "見積の検討状況を確認" : "").append('\t')
                            .append(nextOn == null ? "\\N" : nextOn).append('\t')
                            .append(stage == lost ? lostReason : "\\N").append('\t')
                            .append(entered).append('\t').append(lastActivity == null ? "\\N" : lastActivity).append('\t')
                            .append(open ? "\\N" : entered).append('\t').append(created).append('\t').append(entered)
                            .append('\n');
                    deals++;
                    flush(dealCopy, rows);
                    dealIds.add(id);
                    changeSpecs.add(new Object[] {pipeline.id(), stages, stage, created, entered});
                }
            }
            write(dealCopy, rows);
            dealCopy.endCopy();
            CopyIn changeCopy = api.copyIn("""
                    copy deal_stage_change (id, deal_id, pipeline_id, from_stage_id, to_stage_id, forward,
                        seconds_in_from_stage, changed_at) from stdin""");
            for (int d = 0; d < dealIds.size(); d++) {
                Object[] spec = changeSpecs.get(d);
                @SuppressWarnings("unchecked")
                List<Stage> stages = (List<Stage>) spec[1];
                Stage last = (Stage) spec[2];
                Instant created = (Instant) spec[3];
                Instant entered = (Instant) spec[4];
                long span = Math.max(changesPerDeal, entered.getEpochSecond() - created.getEpochSecond());
                Stage from = null;
                Instant at = created;
                for (int k = 0; k < changesPerDeal; k++) {
                    Stage to = k == changesPerDeal - 1 ? last : stages.get(Math.min(k, stages.size() - 1));
                    Instant next = k == 0 ? created : k == changesPerDeal - 1 ? entered : created.plusSeconds(span * k / changesPerDeal);
                    changeRows.append(new UUID(random.nextLong(), random.nextLong())).append('\t').append(dealIds.get(d))
                            .append('\t').append(spec[0]).append('\t').append(from == null ? "\\N" : from.id()).append('\t')
                            .append(to.id()).append('\t').append(from != null && to.position() > from.position() ? 't' : 'f')
                            .append('\t').append(from == null ? "\\N" : String.valueOf(next.getEpochSecond() - at.getEpochSecond()))
                            .append('\t').append(next).append('\n');
                    from = to;
                    at = next;
                    changes++;
                    flush(changeCopy, changeRows);
                }
            }
            write(changeCopy, changeRows);
            changeCopy.endCopy();
            connection.commit();
        }
        dev.kizuna.bench.BulkLoad.rebuild(dataSource, indexes, "deal", "deal_stage_change");
        return new long[] {deals, changes};
    }

    private static void flush(CopyIn copy, StringBuilder rows) throws Exception {
        if (rows.length() > (1 << 20)) {
            write(copy, rows);
        }
    }

    private static void write(CopyIn copy, StringBuilder rows) throws Exception {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }
}
