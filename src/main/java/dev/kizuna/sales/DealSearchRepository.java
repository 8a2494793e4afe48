package dev.kizuna.sales;

import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.search.SearchHit;
import dev.kizuna.platform.search.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deals for the header search by folded title (deal_title_fold_trgm); a title starting with the key ranks first. */
@Repository
class DealSearchRepository {

    private final JdbcClient jdbc;

    DealSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SearchHit> find(SearchText text, int limit) {
        return jdbc.sql("""
                select d.id, d.title, c.name as company_name, s.name as stage_name,
                       position(? in kz_fold(d.title)) as at
                  from deal d join company c on c.id = d.company_id join pipeline_stage s on s.id = d.stage_id
                 where kz_fold(d.title) like ? escape '\\'
                 order by at, d.active desc, length(d.title), d.id limit ?""")
                .params(text.key(), text.contains(), limit)
                .query((rs, n) -> new SearchHit("deal", rs.getString("id"), rs.getString("title"),
                        rs.getString("company_name") + " · " + rs.getString("stage_name"),
                        "/deals/" + rs.getObject("id", UUID.class), rs.getInt("at") == 1 ? 0 : 1)).list();
    }
}
