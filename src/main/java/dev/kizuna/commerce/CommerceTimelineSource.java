package dev.kizuna.commerce;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import dev.kizuna.activities.TimelineEntry;
import dev.kizuna.activities.TimelineSource;
import org.springframework.stereotype.Component;

/** A customer's timeline shows their quotes (kind {@code quote}), orders and payments (kind {@code order}). */
@Component
class CommerceTimelineSource implements TimelineSource {

    static final String QUOTE = "quote";
    static final String ORDER = "order";

    private final QuoteRepository quotes;
    private final OrderRepository orders;

    CommerceTimelineSource(QuoteRepository quotes, OrderRepository orders) {
        this.quotes = quotes;
        this.orders = orders;
    }

    @Override
    public List<String> kinds() {
        return List.of(QUOTE, ORDER);
    }

    @Override
    public List<TimelineEntry> entries(UUID companyId, UUID contactId, List<String> kinds, Instant before,
            UUID beforeId, int limit) {
        if (contactId != null) {
            return List.of(); // quotes and orders are addressed to the company
        }
        List<TimelineEntry> out = new ArrayList<>();
        if (kinds.contains(QUOTE)) {
            quotes.ofCompany(companyId, before, beforeId, limit).forEach(q -> out.add(new TimelineEntry(QUOTE,
                    q.createdAt(), q.id(), q.label() + " " + q.title(),
                    q.revision() == 1 ? "commerce.timeline.quote" : "commerce.timeline.revision",
                    QuotePdf.yen(q.totals().total()), null, "/quotes/" + q.id(), 0)));
        }
        if (kinds.contains(ORDER)) {
            orders.timeline(companyId, before, beforeId, limit).forEach(r -> out.add(new TimelineEntry(ORDER, r.at(),
                    r.id(), r.number() + " " + r.title(),
                    "order".equals(r.kind()) ? "commerce.timeline.order" : "commerce.timeline.payment",
                    QuotePdf.yen(r.amount()), r.actor(), "/orders/" + r.orderId(), 0)));
        }
        out.sort(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::id).reversed());
        return out.size() > limit ? out.subList(0, limit) : out;
    }
}
