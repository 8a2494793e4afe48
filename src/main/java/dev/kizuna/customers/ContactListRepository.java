package dev.kizuna.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The contacts list, keyset-paged: by furigana (contact_kana_idx) or newest change first (contact_updated_idx); a
 * search finds its rows through the search indexes first and sorts them ({@link KeysetOrder#sortingMatches()}).
 */
@Repository
class ContactListRepository {

    static final KeysetOrder BY_KANA = new KeysetOrder("k.name_kana", "text", "k.id", false);
    static final KeysetOrder BY_UPDATED = new KeysetOrder("k.updated_at", "timestamptz", "k.id", true);

    private final JdbcClient jdbc;

    ContactListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static KeysetOrder order(String sort) {
        return "updated".equals(sort) ? BY_UPDATED : BY_KANA;
    }

    List<ContactListItem> page(ContactListFilter filter, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder("""
                select k.id, k.name, k.name_kana, k.company_id, c.name as company_name, k.department, k.title,
                       k.phone_display, k.mobile_display, k.email, k.is_primary, k.updated_at
                  from contact k join company c on c.id = k.company_id where true""");
        List<Object> args = new ArrayList<>();
        boolean searching = SearchCondition.append(sql, args, "k", filter.q());
        if (filter.reach() != null) {
            sql.append(switch (filter.reach()) {
                case "email" -> " and k.email is not null";
                case "phone" -> " and (k.phone is not null or k.mobile is not null)";
                default -> " and k.email is null and k.phone is null and k.mobile is null";
            });
        }
        KeysetOrder order = order(filter.sortOrDefault());
        if (searching) {
            order = order.sortingMatches();
        }
        order.appendAfter(sql, args, after);
        order.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(ContactListRepository::item).list();
    }

    private static ContactListItem item(ResultSet rs, int n) throws SQLException {
        return new ContactListItem(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("name_kana"),
                rs.getObject("company_id", UUID.class), rs.getString("company_name"), rs.getString("department"),
                rs.getString("title"), rs.getString("phone_display"), rs.getString("mobile_display"),
                rs.getString("email"), rs.getBoolean("is_primary"), rs.getTimestamp("updated_at").toInstant());
    }
}
