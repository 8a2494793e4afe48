package dev.kizuna.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The keyset SQL for one and for several sort columns, so an index on (columns..., id) serves every page. */
class KeysetOrderTest {

    @Test
    void severalSortColumnsCompareAsOneRowWithTheId() {
        KeysetOrder order = new KeysetOrder(List.of("coalesce(c.employee_count, -1)", "c.name_kana"),
                List.of("integer", "text"), "c.id", true);
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        order.appendAfter(sql, args, Cursor.of(30, "サクラ", "0192f000-0000-7000-8000-000000000001"));
        order.appendOrderAndLimit(sql, args, 31);
        assertThat(sql.toString()).isEqualTo(" and (coalesce(c.employee_count, -1), c.name_kana, c.id) < "
                + "(cast(? as integer), cast(? as text), cast(? as uuid)) order by coalesce(c.employee_count, -1) desc, "
                + "c.name_kana desc, c.id desc limit ?");
        assertThat(args).containsExactly("30", "サクラ", "0192f000-0000-7000-8000-000000000001", 31);
        assertThat(order.cursorSize()).isEqualTo(3);
    }

    @Test
    void sortingMatchesHidesOnlyTheFirstColumnFromTheIndex() {
        assertThat(new KeysetOrder("c.name_kana", "text", "c.id", false).sortingMatches().columns())
                .containsExactly("(c.name_kana || '')");
        assertThat(new KeysetOrder(List.of("coalesce(c.custom_fields -> 'rank', 'null'::jsonb)", "c.name_kana"),
                List.of("jsonb", "text"), "c.id", false).sortingMatches().columns())
                .containsExactly("jsonb_strip_nulls(coalesce(c.custom_fields -> 'rank', 'null'::jsonb))", "c.name_kana");
    }
}
