package dev.kizuna.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.kizuna.bench.BenchReport;
import dev.kizuna.bench.BulkLoad;
import dev.kizuna.bench.Measurement;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * E-mail marketing at scale (issue 20, Speed): 100,000 customers and 1,000,000 orders by default. Each scenario runs
 * through the facade the pages and the API use, beside the plain SQL of the same work in the same run: a segment's
 * count; F stage, LTV and RFM rebuilt from scratch; one customer's figures kept current after an order; a campaign
 * queued to every opted-in customer; and its delivery to an in-process SMTP server ({@link MarketingDelivery}).
 * Run on demand: {@code ./mvnw -Pbench verify -Dtest=MarketingBenchmarkTest} (scale with {@code -Dbench.customers=
 * -Dbench.orders= -Dbench.mails=}; {@code -Dbench.heap=512m} runs it in the heap).
 */
@KizunaTest
@Tag("bench")
class MarketingBenchmarkTest {

    private static final String PAID = "paid_amount >= invoice_amount and invoice_amount > 0";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Segments segments;
    @Autowired
    CustomerStages stages;
    @Autowired
    Campaigns campaigns;
    @Autowired
    EmailTemplates templates;
    @Autowired
    MarketingMailSending sending;
    @Autowired
    MarketingMailer mailer;

    @Test
    void segmentsFiguresCampaignsAndDelivery() throws Exception {
        int customerCount = Integer.getInteger("bench.customers", 100_000);
        int orderCount = Integer.getInteger("bench.orders", 1_000_000);
        int mailCount = Integer.getInteger("bench.mails", 2_000);
        int iterations = Integer.getInteger("bench.iterations", 30);
        long started = System.nanoTime();
        List<UUID> customers = load(customerCount, orderCount);
        double loadSeconds = (System.nanoTime() - started) / 1e9;

        List<Measurement> results = new ArrayList<>();
        List<SegmentCondition> conditions = List.of(new SegmentCondition("fStage", "gte", 2),
                new SegmentCondition("ltv", "gte", 10_000), new SegmentCondition("emailOptIn", "eq", true));
        results.add(Measurement.of("segment-count", "count of F2+ customers with a 12-month LTV ≥ ¥10,000 who accept"
                        + " e-mail, as the editor counts while conditions are typed", 3, iterations,
                () -> SystemActor.call(() -> segments.count(conditions)),
                () -> jdbc.sql("select count(*) from company c left join customer_figures f on f.company_id = c.id"
                        + " where f.f_stage >= 2 and f.ltv_12m >= 10000 and c.email_opt_in").query(Long.class).single(),
                customerCount));
        results.add(Measurement.of("rebuild", "F stage, 12-month LTV and RFM of every customer rebuilt from scratch"
                        + " (writes customer_figures; baseline: the same figures in one read-only SELECT)", 0,
                Integer.getInteger("bench.rebuilds", 3),
                () -> SystemActor.call(stages::rebuild), () -> jdbc.sql("""
                        select company_id, count(*), sum(invoice_amount), min(first_on), max(ordered_on),
                               sum(invoice_amount) filter (where ordered_on < first_on + 365)
                          from (select company_id, ordered_on, invoice_amount,
                                       min(ordered_on) over (partition by company_id) as first_on
                                  from sales_order where %s) o group by company_id""".formatted(PAID))
                        .query((rs, n) -> 1).list(), orderCount));
        int[] next = {0, 0};
        results.add(Measurement.of("per-order", "one customer's figures recomputed after an order is paid (what the"
                        + " OrderPaid listener does)", 20, iterations * 10,
                () -> SystemActor.call(() -> stages.refresh(customers.get(next[0]++ * 7919 % customers.size()))),
                () -> jdbc.sql("select count(*), sum(invoice_amount), min(ordered_on), max(ordered_on) from sales_order"
                        + " where company_id = ? and " + PAID).param(customers.get(next[1]++ * 7919 % customers.size()))
                        .query((rs, n) -> 1).list(), orderCount));
        long recipients = SystemActor.call(() -> segments.reachable(List.of(new SegmentCondition("emailOptIn", "eq",
                true))));
        results.add(queueing(recipients));
        jdbc.sql("update marketing_mail set status = 'skipped', last_error = 'benchmark' where status = 'queued'")
                .update();
        MarketingDelivery.Result sent = new MarketingDelivery(jdbc, segments, templates, campaigns, sending, mailer)
                .run(mailCount);
        results.add(sent.measurement());

        Runtime rt = Runtime.getRuntime();
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("customers", customerCount);
        setup.put("paid orders", orderCount);
        setup.put("campaign recipients (queueing)", recipients);
        setup.put("mails delivered", mailCount);
        setup.put("delivery mails/s (Kizuna, throttle 60,000/min)", Math.round(sent.perSecond()));
        setup.put("delivery mails/s (plain JavaMail to the same server)", Math.round(sent.baselinePerSecond()));
        setup.put("delivered twice", sent.twice());
        setup.put("load seconds", Math.round(loadSeconds));
        setup.put("max heap MB", rt.maxMemory() / (1024 * 1024));
        setup.put("iterations", iterations);
        org.slf4j.LoggerFactory.getLogger(MarketingBenchmarkTest.class).info("\n{}",
                BenchReport.write("marketing", setup, results));
        assertThat(sent.twice()).isZero();
    }

    /** Campaign created and sent now (queued to every opted-in customer), beside one INSERT … SELECT of the same. */
    private Measurement queueing(long recipients) {
        UUID template = SystemActor.call(() -> templates.create(new EmailTemplateDraft("ベンチ 秋の保湿",
                "{{氏名}}さま、秋の保湿ケアのご案内", "{{氏名}}さま\nいつもありがとうございます。", ""))).id();
        UUID segment = SystemActor.call(() -> segments.create(new SegmentDraft("ベンチ 配信可", "",
                List.of(new SegmentCondition("emailOptIn", "eq", true))))).id();
        int[] n = {0};
        return Measurement.of("campaign-queue", "a campaign to every opted-in customer (%d) created and queued"
                        .formatted(recipients), 0, Integer.getInteger("bench.queues", 3),
                () -> SystemActor.run(() -> {
                    Campaign c = campaigns.create(new CampaignDraft("ベンチ " + n[0]++, template, segment, null));
                    assertThat(campaigns.sendNow(c.id(), c.version()).recipients()).isEqualTo(recipients);
                }),
                () -> {
                    UUID id = UUID.randomUUID();
                    jdbc.sql("insert into campaign (id, name, template_id, segment_id, status) values (?, ?, ?, ?,"
                            + " 'sending')").params(id, "基準 " + id, template, segment).update();
                    jdbc.sql("insert into marketing_mail (id, campaign_id, company_id, template_id, to_address,"
                            + " unsubscribe_token) select gen_random_uuid(), ?, c.id, ?, c.email,"
                            + " replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '') from company c"
                            + " where c.email_opt_in and coalesce(c.email, '') <> ''").params(id, template).update();
                }, recipients);
    }

    /**
     * Customers from the customers generator, made individuals (B2C) with e-mail consent for three in five; paid
     * orders over two years, skewed so that a few customers order often (F0–F4 all present).
     */
    private List<UUID> load(int customerCount, int orderCount) throws Exception {
        UUID owner = UUID.randomUUID();
        jdbc.sql("insert into app_user (id, email, display_name, name_kana, password_hash, permission_level) "
                + "values (?, ?, 'CRM 1', 'シーアールエム', 'x', 'MEMBER')").params(owner, owner + "@bench.example.jp")
                .update();
        long run = System.currentTimeMillis(); // the bench database is kept: each run its own customers and numbers
        List<UUID> customers = new dev.kizuna.customers.BenchCustomers(dataSource).generate(customerCount,
                List.of(owner), run);
        jdbc.sql("update company set kind = 'individual', status = 'customer',"
                + " email_opt_in = abs(hashtext(id::text)) % 5 < 3,"
                + " birthday = date '1960-01-01' + abs(hashtext(name || id::text)) % 16000").update();
        List<String> indexes = BulkLoad.dropIndexes(dataSource, "tablename = 'sales_order' and indexname not in"
                + " ('sales_order_pkey', 'sales_order_number_key')");
        jdbc.sql("""
                insert into sales_order (id, number, company_id, owner_id, title, ordered_on, subtotal, tax,
                    invoice_amount, paid_amount, paid_on)
                select gen_random_uuid(), 'BM-' || ? || '-' || g, ids[1 + floor(n * power(random(), 2.5))::int], ?,
                       '定期便 美容液',
                       current_date - (random() * 730)::int, a, 0, a, a, current_date
                  from (select array_agg(id order by id) as ids, count(*) as n from company where id = any(?)) c,
                       generate_series(1, ?) g, lateral (select (3000 + (g % 9) * 1000)::bigint as a) x
                """).params(run, owner, customers.toArray(UUID[]::new), orderCount).update();
        BulkLoad.rebuild(dataSource, indexes, "sales_order", "company");
        SystemActor.call(stages::rebuild);
        jdbc.sql("analyze customer_figures").update();
        return customers;
    }
}
