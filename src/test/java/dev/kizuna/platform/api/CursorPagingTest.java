package dev.kizuna.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CursorPagingTest {

    @Test
    void aCursorRoundTripsJapaneseSortValues() {
        Cursor cursor = Cursor.of("タナカ マコト", "01a208ac-0fc3-748c-a696-05bcca517448");
        assertThat(Cursor.decode(cursor.encode(), 2)).isEqualTo(cursor);
        assertThat(cursor.encode()).doesNotContain("/", "+", "=");
    }

    @Test
    void aForeignOrTamperedCursorIsRefused() {
        assertThatThrownBy(() -> Cursor.decode("not base64 !", 2)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> Cursor.decode(Cursor.of("only-one").encode(), 2)).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void aPageKeepsTheLimitAndPointsPastItsLastRow() {
        PageQuery query = new PageQuery(2, null);
        CursorPage<String> page = query.page(List.of("a", "b", "c"), Cursor::of);
        assertThat(page.items()).containsExactly("a", "b");
        assertThat(Cursor.decode(page.nextCursor(), 1).value(0)).isEqualTo("b");
    }

    @Test
    void theLastPageHasNoNextCursor() {
        CursorPage<String> page = new PageQuery(2, null).page(List.of("a", "b"), Cursor::of);
        assertThat(page.nextCursor()).isNull();
        assertThat(page.items()).containsExactly("a", "b");
    }

    @Test
    void limitsOutsideOneTo200AreARuleViolationOnLimit() {
        assertThatThrownBy(() -> new PageQuery(0, null)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("limit"));
        assertThatThrownBy(() -> PageQuery.of(201, null)).isInstanceOf(RuleViolationException.class);
        assertThat(PageQuery.of(null, "").limit()).isEqualTo(PageQuery.DEFAULT_LIMIT);
        assertThat(PageQuery.of(null, "").cursor()).isNull();
    }
}
