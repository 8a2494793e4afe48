package dev.kizuna.customers;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Record counts as a sentence part in the reader's language, 「受注 1件、商談 1件」: a message argument that the
 * message source resolves when the message is shown (each kind is {@code records.<kind>}, joined by
 * {@code records.join}).
 */
public final class RecordCounts {

    private RecordCounts() {
    }

    public static MessageSourceResolvable ofHeld(List<HeldRecords> held) {
        return join(held.stream().map(h -> kind(h.kind(), h.count())).toList());
    }

    public static MessageSourceResolvable ofMoved(List<MovedRecords> moved) {
        return join(moved.stream().filter(m -> m.count() > 0).map(m -> kind(m.kind(), m.count())).toList());
    }

    private static MessageSourceResolvable kind(String kind, long count) {
        return new DefaultMessageSourceResolvable(new String[] {"records." + kind}, new Object[] {count},
                kind + " " + count);
    }

    private static MessageSourceResolvable join(List<MessageSourceResolvable> parts) {
        if (parts.isEmpty()) {
            return new DefaultMessageSourceResolvable(new String[] {"records.none"}, null, "");
        }
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return new DefaultMessageSourceResolvable(new String[] {"records.join"},
                new Object[] {parts.getFirst(), join(parts.subList(1, parts.size()))}, "");
    }
}
