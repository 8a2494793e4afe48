package dev.kizuna.commerce;

import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.search.SearchHit;
import dev.kizuna.platform.search.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Quotes and orders for the header search by number, whole or in part, folded (quote_number_fold_trgm,
 * sales_order_number_fold_trgm): the number itself ranks first, then numbers starting with what was typed.
 */
@Repository
class NumberSearchRepository {

    private final JdbcClient jdbc;

    NumberSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SearchHit> quotes(SearchText text, int limit) {
        return jdbc.sql("""
                select q.id, q.number, q.revision, q.title, c.name as company_name,
                       case when kz_fold(q.number) = ? then 0 when kz_fold(q.number) like ? escape '\\' then 1 else 2 end as rank
                  from quote q join company c on c.id = q.company_id
                 where kz_fold(q.number) like ? escape '\\'
                 order by rank, q.number desc, q.revision desc limit ?""")
                .params(text.key(), text.prefix(), text.contains(), limit)
                .query((rs, n) -> new SearchHit("quote", rs.getString("id"),
                        rs.getString("number") + (rs.getInt("revision") > 1 ? "-" + rs.getInt("revision") : "") + " "
                                + rs.getString("title"), rs.getString("company_name"),
                        "/quotes/" + rs.getObject("id", UUID.class), rs.getInt("rank"))).list();
    }

    List<SearchHit> orders(SearchText text, int limit) {
        return jdbc.sql("""
                select o.id, o.number, o.title, c.name as company_name,
                       case when kz_fold(o.number) = ? then 0 when kz_fold(o.number) like ? escape '\\' then 1 else 2 end as rank
                  from sales_order o join company c on c.id = o.company_id
                 where kz_fold(o.number) like ? escape '\\'
                 order by rank, o.number desc limit ?""")
                .params(text.key(), text.prefix(), text.contains(), limit)
                .query((rs, n) -> new SearchHit("order", rs.getString("id"),
                        rs.getString("number") + " " + rs.getString("title"), rs.getString("company_name"),
                        "/orders/" + rs.getObject("id", UUID.class), rs.getInt("rank"))).list();
    }
}
