package dev.kizuna.inventory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.mail.MailMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every Friday (and again each hour that day, so a missed run catches up), each partner location with a notice
 * e-mail gets the coming week's delivery notice (納品連絡: Monday to Sunday, units per SKU of the subscriptions'
 * deliveries and their enclosures) for the SKUs it ships: those it holds the most of among the partners (a SKU no
 * partner holds goes to the default location, when that is a partner), so no partner is asked to ship another's
 * lines and no line is asked of two. The notice is written once per location and week, then claimed and sent, so it
 * is kept and never sent twice; a failed send is tried again on the next run.
 */
@Component
class DeliveryNotices {

    private final LocationRepository locations;
    private final SubscriptionDemand demand;
    private final SkuRepository skus;
    private final MovementRepository levels;
    private final DeliveryNoticeRepository notices;
    private final InventoryMailer mailer;
    private final TransactionTemplate tx;

    DeliveryNotices(LocationRepository locations, SubscriptionDemand demand, SkuRepository skus,
            MovementRepository levels, DeliveryNoticeRepository notices, InventoryMailer mailer, TransactionTemplate tx) {
        this.locations = locations;
        this.demand = demand;
        this.skus = skus;
        this.levels = levels;
        this.notices = notices;
        this.mailer = mailer;
        this.tx = tx;
    }

    @Scheduled(cron = "0 0 9-18 * * FRI", zone = "Asia/Tokyo")
    @SchedulerLock(name = "inventory-delivery-notices", lockAtMostFor = "PT30M")
    void run() {
        sendFor(LocalDate.now(Stock.TOKYO));
    }

    /** The notices of the week after {@code today} (a Friday): written once, sent once; returns how many were sent. */
    int sendFor(LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        int sent = 0;
        Map<UUID, Long> week = demand.scheduled(monday, monday.plusDays(6));
        Map<UUID, UUID> shippers = levels.shippingPartners();
        UUID fallback = locations.defaultLocation().filter(l -> "partner".equals(l.kind())).map(Location::id).orElse(null);
        for (Location partner : locations.list("partner")) {
            if (partner.noticeEmail().isBlank()) {
                continue;
            }
            Map<UUID, Long> own = new java.util.LinkedHashMap<>(week);
            own.keySet().removeIf(sku -> !partner.id().equals(shippers.getOrDefault(sku, fallback)));
            tx.executeWithoutResult(s -> write(partner, monday, own));
            Boolean claimed = tx.execute(s -> notices.claim(partner.id(), monday));
            if (!Boolean.TRUE.equals(claimed)) {
                continue;
            }
            DeliveryNotice notice = notices.find(partner.id(), monday).orElseThrow();
            try {
                // A stable Message-ID: should a crash come between the send and "sent", the retry's copy is the
                // same message to the partner's mail client.
                mailer.send(new MailMessage(partner.noticeEmail(), "", "【納品連絡】" + monday + "〜"
                        + monday.plusDays(6) + " 出荷予定", notice.body(), "", java.util.Map.of(),
                        "<delivery-notice-" + notice.id() + "@kizuna>"));
                tx.executeWithoutResult(s -> notices.sent(partner.id(), monday));
                sent++;
            } catch (RuntimeException e) {
                tx.executeWithoutResult(s -> notices.failed(partner.id(), monday, String.valueOf(e.getMessage())));
            }
        }
        return sent;
    }

    private void write(Location partner, LocalDate monday, Map<UUID, Long> units) {
        List<DeliveryNotice.Line> lines = new ArrayList<>();
        for (Map.Entry<UUID, Long> e : units.entrySet()) {
            skus.find(e.getKey()).ifPresent(s -> lines.add(new DeliveryNotice.Line(s.code(), s.name(), e.getValue())));
        }
        lines.sort(java.util.Comparator.comparing(DeliveryNotice.Line::sku));
        StringBuilder body = new StringBuilder(partner.name() + " ご担当者様\n\nいつもお世話になっております。\n"
                + monday + "(月)〜" + monday.plusDays(6) + "(日)の出荷予定をお知らせします。\n\n");
        lines.forEach(l -> body.append(l.sku()).append("\t").append(l.name()).append("\t").append(l.units())
                .append("\n"));
        if (lines.isEmpty()) {
            body.append("(出荷予定はありません)\n");
        }
        body.append("\n在庫の引当・補充についてご不明な点がございましたらご連絡ください。\nよろしくお願いいたします。\n");
        notices.insert(Ids.newId(), partner.id(), monday, lines, body.toString());
    }
}
