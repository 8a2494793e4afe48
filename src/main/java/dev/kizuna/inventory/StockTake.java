package dev.kizuna.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A stock-take (棚卸) at one location: the book quantity of each SKU when it started, what was counted, and the reason
 * for any difference. Closing writes each difference as an adjustment; it cannot close while a line is uncounted or
 * a difference has no reason.
 */
public record StockTake(UUID id, UUID locationId, String locationName, String title, String status,
        LocalDate startedOn, Instant closedAt, List<Line> lines, long version, Instant createdAt) {

    public static final List<String> STATUSES = List.of("open", "closed");

    public record Line(UUID skuId, String code, String name, long book, Long counted, String reason) {
        public Long difference() {
            return counted == null ? null : counted - book;
        }

        /** Counted, and either no difference or a reason for it. */
        public boolean explained() {
            return counted != null && (counted == book || !reason.isBlank());
        }
    }

    public long unexplained() {
        return lines.stream().filter(l -> !l.explained()).count();
    }
}
