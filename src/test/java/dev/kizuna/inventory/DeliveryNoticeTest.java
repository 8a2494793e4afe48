package dev.kizuna.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Issue 21: the Friday delivery notice to the logistics partner names next week's units per SKU (subscription
 * deliveries and their enclosures), is kept, and is sent once however often the job runs.
 */
class DeliveryNoticeTest extends InventoryFixture {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    DeliveryNotices notices;
    @Autowired
    InventoryMailer mailer;
    @Autowired
    DeliveryNoticeRepository stored;

    @BeforeEach
    void mail() {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        mailer.useSender(sender);
    }

    @AfterEach
    void noMail() {
        mailer.useSender(null);
    }

    @Test
    void theFridayNoticeIsSentOnceWithNextWeeksLines() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String address = unique("nouhin") + "@onown.example.jp";
        String partner = JsonPath.read(ok(post(admin, "/api/v1/locations", "{\"code\":\"" + unique("ONOWN")
                + "\",\"name\":\"オノウン 船橋物流センター\",\"kind\":\"partner\",\"noticeEmail\":\"" + address + "\"}"),
                201), "$.id");
        String product = product(admin, "薬用美白化粧水 120mL");
        String[] leaflet = enclosureSku(admin, "同梱リーフレット");
        String[] lotion = productSku(admin, product, "薬用美白化粧水 120mL", leaflet[0], 1);
        receive(admin, partner, lotion[0], leaflet[0]);
        String company = JsonPath.read(ok(post(admin, "/api/v1/companies", "{\"name\":\"" + unique("高橋 彩")
                + "\",\"nameKana\":\"テスト\"}"), 201), "$.id");
        LocalDate friday = LocalDate.now(ZoneId.of("Asia/Tokyo")).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        LocalDate monday = friday.plusDays(3);
        subscribe(company, product, monday.plusDays(1), 3); // Tuesday: 3 bottles
        subscribe(company, product, monday.plusDays(9), 5); // the week after: not in this notice

        notices.sendFor(friday);
        notices.sendFor(friday);

        var mine = java.util.Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(mine).hasSize(1);
        String body = GreenMailUtil.getBody(mine.getFirst());
        assertThat(mine.getFirst().getSubject()).contains("納品連絡", monday.toString());
        DeliveryNotice kept = stored.find(UUID.fromString(partner), monday).orElseThrow();
        assertThat(kept.status()).isEqualTo("sent");
        assertThat(kept.lines()).extracting(DeliveryNotice.Line::sku, DeliveryNotice.Line::units)
                .contains(org.assertj.core.groups.Tuple.tuple(lotion[1], 3L),
                        org.assertj.core.groups.Tuple.tuple(leaflet[1], 3L));
        assertThat(body).isNotBlank();
        assertThat(kept.body()).contains(lotion[1] + "\t薬用美白化粧水 120mL\t3");
    }

    @Test
    void aMailServerThatIsDownKeepsTheNoticeAndTheNextRunSendsItOnce() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String address = unique("nouhin") + "@onown.example.jp";
        String partner = JsonPath.read(ok(post(admin, "/api/v1/locations", "{\"code\":\"" + unique("ONOWN")
                + "\",\"name\":\"オノウン 柏物流センター\",\"kind\":\"partner\",\"noticeEmail\":\"" + address + "\"}"),
                201), "$.id");
        String product = product(admin, "薬用アクネ洗顔フォーム 100g");
        String[] foam = productSku(admin, product, "薬用アクネ洗顔フォーム 100g", null, 0);
        receive(admin, partner, foam[0]);
        String company = JsonPath.read(ok(post(admin, "/api/v1/companies", "{\"name\":\"" + unique("佐々木 舞")
                + "\",\"nameKana\":\"テスト\"}"), 201), "$.id");
        LocalDate friday = LocalDate.now(ZoneId.of("Asia/Tokyo")).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        LocalDate monday = friday.plusDays(3);
        subscribe(company, product, monday.plusDays(2), 2);

        var down = new JavaMailSenderImpl();
        down.setHost("127.0.0.1");
        down.setPort(closedPort());
        mailer.useSender(down);
        notices.sendFor(friday);

        DeliveryNotice kept = stored.find(UUID.fromString(partner), monday).orElseThrow();
        assertThat(kept.status()).as("kept, not lost").isEqualTo("failed");
        assertThat(kept.attempts()).isEqualTo(1);
        assertThat(kept.lines()).extracting(DeliveryNotice.Line::sku).contains(foam[1]);
        assertThat(jdbc.sql("select last_error from stock_delivery_notice where id = ?").param(kept.id())
                .query(String.class).single()).isNotBlank();
        assertThat(to(address)).isEmpty();

        mail(); // the server is back
        notices.sendFor(friday);
        notices.sendFor(friday);

        assertThat(to(address)).as("sent once on the next run, never twice").hasSize(1);
        DeliveryNotice sent = stored.find(UUID.fromString(partner), monday).orElseThrow();
        assertThat(sent.status()).isEqualTo("sent");
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.id()).as("the same notice, not a second one").isEqualTo(kept.id());
        assertThat(to(address).getFirst().getMessageID()).isEqualTo("<delivery-notice-" + kept.id() + "@kizuna>");
    }

    /**
     * Each partner is asked to ship only the SKUs it holds (the notice used to give every partner every line, so two
     * warehouses would each pack the same week's deliveries): two partners, each gets its own lines, once.
     */
    @Test
    void eachPartnerGetsOnlyTheLinesItShips() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String east = unique("funabashi") + "@onown.example.jp";
        String west = unique("ibaraki") + "@kansai-butsuryu.example.jp";
        String eastId = JsonPath.read(ok(post(admin, "/api/v1/locations", "{\"code\":\"" + unique("EAST")
                + "\",\"name\":\"オノウン 船橋物流センター\",\"kind\":\"partner\",\"noticeEmail\":\"" + east + "\"}"), 201), "$.id");
        String westId = JsonPath.read(ok(post(admin, "/api/v1/locations", "{\"code\":\"" + unique("WEST")
                + "\",\"name\":\"関西物流 茨木センター\",\"kind\":\"partner\",\"noticeEmail\":\"" + west + "\"}"), 201), "$.id");
        String lotionProduct = product(admin, "薬用美白化粧水 120mL");
        String gelProduct = product(admin, "オールインワンジェル 80g");
        String[] leaflet = enclosureSku(admin, "同梱リーフレット");
        String[] lotion = productSku(admin, lotionProduct, "薬用美白化粧水 120mL", leaflet[0], 1);
        String[] gel = productSku(admin, gelProduct, "オールインワンジェル 80g", null, 0);
        receive(admin, eastId, lotion[0], leaflet[0]);
        receive(admin, westId, gel[0]);
        assertThat(move(admin, "receipt", lotion[0], westId, 5, null).getStatus()).isEqualTo(201); // a little lotion in the west too: the east holds more
        String company = JsonPath.read(ok(post(admin, "/api/v1/companies", "{\"name\":\"" + unique("井上 真央")
                + "\",\"nameKana\":\"テスト\"}"), 201), "$.id");
        LocalDate friday = LocalDate.now(ZoneId.of("Asia/Tokyo")).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        LocalDate monday = friday.plusDays(3);
        subscribe(company, lotionProduct, monday.plusDays(1), 2);
        subscribe(company, gelProduct, monday.plusDays(3), 4);

        notices.sendFor(friday);
        notices.sendFor(friday);

        assertThat(to(east)).as("the east partner's notice, once").hasSize(1);
        assertThat(to(west)).as("the west partner's notice, once").hasSize(1);
        var eastLines = stored.find(UUID.fromString(eastId), monday).orElseThrow().lines();
        var westLines = stored.find(UUID.fromString(westId), monday).orElseThrow().lines();
        assertThat(eastLines).extracting(DeliveryNotice.Line::sku, DeliveryNotice.Line::units).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(lotion[1], 2L), org.assertj.core.groups.Tuple.tuple(leaflet[1], 2L));
        assertThat(westLines).extracting(DeliveryNotice.Line::sku, DeliveryNotice.Line::units)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(gel[1], 4L));
        assertThat((String) to(east).getFirst().getContent()).contains(lotion[1]).doesNotContain(gel[1]);
        assertThat((String) to(west).getFirst().getContent()).contains(gel[1]).doesNotContain(lotion[1], leaflet[1]);
    }

    /** Stock received at a partner: it holds (and so ships) these SKUs. */
    private void receive(String admin, String partner, String... skuIds) throws Exception {
        for (String sku : skuIds) {
            assertThat(move(admin, "receipt", sku, partner, 100, null).getStatus()).isEqualTo(201);
        }
    }

    private static int closedPort() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static java.util.List<jakarta.mail.internet.MimeMessage> to(String address) {
        return java.util.Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private void subscribe(String company, String product, LocalDate next, int quantity) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into subscription (id, company_id, title, cycle_unit, cycle_every, next_delivery_on, status,
                    started_on) values (?, ?, '化粧水 定期便', 'days', 60, ?, 'active', ?)
                """).params(id, UUID.fromString(company), next, next.minusMonths(1)).update();
        jdbc.sql("insert into subscription_item (subscription_id, position, product_id, quantity, unit_price)"
                + " values (?, 0, ?, ?, 3420)").params(id, UUID.fromString(product), quantity).update();
    }
}
