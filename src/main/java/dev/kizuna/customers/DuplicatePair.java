package dev.kizuna.customers;

import java.util.List;
import java.util.UUID;

/**
 * Two customers (or two contacts) that are probably the same, listed on the duplicates page for someone to
 * compare and merge. {@code first} is the older id of the two; each pair is listed once.
 *
 * @param reasons why they look alike: {@code phone}, {@code email}, {@code kana} (same furigana)
 */
public record DuplicatePair(Party first, Party second, List<String> reasons) {

    /**
     * One side of a pair, as the list shows it.
     *
     * @param detail the area (prefecture and city) of a customer, the company name of a contact
     */
    public record Party(UUID id, String name, String nameKana, String phoneDisplay, String email, String detail) {
    }
}
