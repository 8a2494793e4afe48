package dev.kizuna.cards;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kizuna.customers.PostalAddress;
import dev.kizuna.customers.PostalCodes;
import org.springframework.stereotype.Component;

/**
 * Postal code → prefecture, city and town from the bundled postal data (the customers module's {@link PostalCodes}),
 * for the reader (to check and mend the printed address) and for the company made from a card (the address split
 * into prefecture, city and street as the customer form has them).
 */
@Component
class CardAddresses {

    private static final Pattern PREFECTURE = Pattern.compile("^(東京都|北海道|大阪府|京都府|\\p{IsHan}{2,3}県)");

    private final PostalCodes postalCodes;

    CardAddresses(PostalCodes postalCodes) {
        this.postalCodes = postalCodes;
    }

    /** 7 digits → 東京都中央区銀座, when the code exists (several towns: the first). */
    Optional<String> area(String code) {
        List<PostalAddress> found = postalCodes.lookup(code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PostalAddress a = found.getFirst();
        return Optional.of(a.prefecture() + a.city() + (found.size() == 1 ? a.town() : ""));
    }

    record Split(String prefecture, String city, String street) {
    }

    Split split(String code, String address) {
        String rest = address == null ? "" : CardText.compact(address);
        List<PostalAddress> found = code == null ? List.of() : postalCodes.lookup(code);
        if (!found.isEmpty()) {
            PostalAddress a = found.getFirst();
            if (rest.startsWith(a.prefecture() + a.city())) {
                return new Split(a.prefecture(), a.city(), rest.substring((a.prefecture() + a.city()).length()));
            }
        }
        Matcher m = PREFECTURE.matcher(rest);
        if (m.find()) {
            return new Split(m.group(1), null, rest.substring(m.end()));
        }
        return new Split(null, null, rest.isEmpty() ? null : rest);
    }
}
