package dev.kizuna.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.search.SearchHit;
import dev.kizuna.platform.search.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Customers and contacts for the header search, through the same indexes and folding as the customer list's search
 * ({@link SearchCondition}: two characters by name bigrams, more by the trigram index on search_text). A match at
 * the start of the folded name ranks first.
 */
@Repository
class CustomerSearchRepository {

    private final JdbcClient jdbc;

    CustomerSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SearchHit> companies(SearchText text, int limit) {
        StringBuilder sql = new StringBuilder("""
                select c.id, c.name, c.prefecture || c.city as place, c.phone_display,
                       position(? in c.search_text) as at from company c where true""");
        List<Object> args = new ArrayList<>(List.of(text.key()));
        if (!SearchCondition.append(sql, args, "c", text.key())) {
            return List.of();
        }
        sql.append(" order by at, length(c.name), c.name_kana, c.id limit ?");
        args.add(limit);
        return jdbc.sql(sql.toString()).params(args).query((rs, n) -> new SearchHit("company",
                rs.getString("id"), rs.getString("name"), join(rs.getString("place"), rs.getString("phone_display")),
                "/customers/" + rs.getObject("id", UUID.class), rs.getInt("at") == 1 ? 0 : 1)).list();
    }

    List<SearchHit> contacts(SearchText text, int limit) {
        StringBuilder sql = new StringBuilder("""
                select k.id, k.name, k.name_kana, c.name as company_name, k.department, k.email,
                       position(? in k.search_text) as at
                  from contact k join company c on c.id = k.company_id where true""");
        List<Object> args = new ArrayList<>(List.of(text.key()));
        if (!SearchCondition.append(sql, args, "k", text.key())) {
            return List.of();
        }
        sql.append(" order by at, length(k.name), k.name_kana, k.id limit ?");
        args.add(limit);
        return jdbc.sql(sql.toString()).params(args).query((rs, n) -> new SearchHit("contact",
                rs.getString("id"), rs.getString("name") + (rs.getString("name_kana").isBlank() ? ""
                        : " (" + rs.getString("name_kana") + ")"),
                join(rs.getString("company_name"), rs.getString("department"), rs.getString("email")),
                "/contacts/" + rs.getObject("id", UUID.class), rs.getInt("at") == 1 ? 0 : 1)).list();
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.append(out.isEmpty() ? "" : " · ").append(part);
            }
        }
        return out.toString();
    }
}
