package dev.kizuna.activities;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Activities at any scale straight into PostgreSQL with COPY: calls (with 通話/不通), e-mails, visits and notes by
 * the given reps with the given customers over the last year, most logged minutes after they happened and some a
 * day or more late. The activity indexes are dropped during the load and built after (definitions from the
 * catalog, so the migration stays their only source). Deterministic for a seed.
 */
public final class ActivityDataGenerator {

    private static final String[] DETAILS = {"納期は来週火曜で確定。", "不在。折り返し依頼。", "カタログをメールで送付。",
            "見積の検討状況を確認。来月回答予定。", "名刺の追加印刷の相談。", "請求書の宛名変更の依頼。", ""};

    private final DataSource dataSource;

    public ActivityDataGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void generate(int count, List<UUID> companies, List<UUID> reps, List<UUID> channels, UUID callChannel,
            List<UUID> types, Instant now, long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> indexes = dev.kizuna.bench.BulkLoad.dropIndexes(dataSource,
                "tablename = 'activity' and indexname <> 'activity_pkey'");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                // Consistent by construction: skip the per-row foreign-key checks of a bulk load.
                statement.execute("set session_replication_role = replica");
            }
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy activity (id, kind, occurred_at, logged_at, user_id, channel_id, type_id, company_id, outcome,
                        details) from stdin""");
            StringBuilder rows = new StringBuilder(1 << 20);
            long yearSeconds = 365L * 24 * 3600;
            for (int i = 0; i < count; i++) {
                UUID id = new UUID(0x0194_0000_7000_0000L | i, random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L);
                Instant occurred = now.minusSeconds(random.nextLong(yearSeconds)).truncatedTo(ChronoUnit.SECONDS);
                // Most are logged within minutes; one in eight a day or more later (input compliance has work to do).
                Instant logged = occurred.plusSeconds(random.nextInt(8) == 0 ? 86_400L + random.nextInt(200_000)
                        : 60L + random.nextInt(1_800));
                boolean note = random.nextInt(20) == 0;
                UUID channel = note ? null : random.nextInt(2) == 0 ? callChannel : channels.get(random.nextInt(channels.size()));
                String outcome = callChannel.equals(channel) ? (random.nextInt(4) == 0 ? "unreached" : "reached") : null;
                rows.append(id).append('\t').append(note ? "note" : "activity").append('\t').append(occurred).append('\t')
                        .append(logged).append('\t').append(reps.get(random.nextInt(reps.size()))).append('\t')
                        .append(channel == null ? "\\N" : channel).append('\t')
                        .append(note ? "\\N" : types.get(random.nextInt(types.size()))).append('\t')
                        .append(companies.get(random.nextInt(companies.size()))).append('\t')
                        .append(outcome == null ? "\\N" : outcome).append('\t')
                        .append(note ? "決裁者は社長。" : DETAILS[random.nextInt(DETAILS.length)]).append('\n');
                if (rows.length() > (1 << 20)) {
                    byte[] bytes = rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    rows.setLength(0);
                }
            }
            byte[] bytes = rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
            connection.commit();
        }
        dev.kizuna.bench.BulkLoad.rebuild(dataSource, indexes, "activity");
    }

    /**
     * What the activities module derives from activities (the rollups, each customer's last activity), rebuilt after a
     * load that bypassed it, for benchmarks outside this package.
     */
    public static void rebuildDerived(org.springframework.context.ApplicationContext context) {
        context.getBean(ActivityBookkeeping.class).rebuild();
    }

}
