package dev.kizuna.work;

import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.search.SearchHit;
import dev.kizuna.platform.search.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tasks by title and playbooks by name for the header search, folded (task_title_fold_trgm, playbook_name_fold_trgm);
 * open tasks and active playbooks before the others, a title starting with what was typed first.
 */
@Repository
class WorkSearchRepository {

    private final JdbcClient jdbc;

    WorkSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SearchHit> tasks(SearchText text, int limit) {
        return jdbc.sql("""
                select t.id, t.title, b.name as board_name, t.status,
                       position(? in kz_fold(t.title)) as at
                  from task t join board b on b.id = t.board_id
                 where kz_fold(t.title) like ? escape '\\'
                 order by at, (t.status in ('todo', 'doing')) desc, t.created_at desc, t.id limit ?""")
                .params(text.key(), text.contains(), limit)
                .query((rs, n) -> new SearchHit("task", rs.getString("id"), rs.getString("title"),
                        rs.getString("board_name"), "/tasks/" + rs.getObject("id", UUID.class),
                        rs.getInt("at") == 1 ? 0 : 1)).list();
    }

    List<SearchHit> playbooks(SearchText text, int limit) {
        return jdbc.sql("""
                select p.id, p.name, p.description, position(? in kz_fold(p.name)) as at
                  from playbook p
                 where kz_fold(p.name) like ? escape '\\'
                 order by at, p.active desc, length(p.name), p.id limit ?""")
                .params(text.key(), text.contains(), limit)
                .query((rs, n) -> new SearchHit("playbook", rs.getString("id"), rs.getString("name"),
                        rs.getString("description"), "/playbooks/" + rs.getObject("id", UUID.class) + "/edit",
                        rs.getInt("at") == 1 ? 0 : 1)).list();
    }
}
