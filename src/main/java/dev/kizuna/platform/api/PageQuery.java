package dev.kizuna.platform.api;

import java.util.List;
import java.util.function.Function;

/**
 * {@code ?limit=&cursor=} of a list request. Repositories fetch {@link #fetchSize()} rows (one more than
 * the limit) so that {@link #page} can tell whether a next page exists without counting.
 */
public record PageQuery(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RuleViolationException(FieldProblem.of("limit", "Range", 1, MAX_LIMIT));
        }
        cursor = cursor == null || cursor.isBlank() ? null : cursor;
    }

    public static PageQuery of(Integer limit, String cursor) {
        return new PageQuery(limit == null ? DEFAULT_LIMIT : limit, cursor);
    }

    public static PageQuery first(int limit) {
        return new PageQuery(limit, null);
    }

    public int fetchSize() {
        return limit + 1;
    }

    public Cursor decodedCursor(int expectedValues) {
        return cursor == null ? null : Cursor.decode(cursor, expectedValues);
    }

    /** Cuts the extra row off and makes the next cursor from the last row kept. */
    public <T> CursorPage<T> page(List<T> rows, Function<T, Cursor> cursorOf) {
        if (rows.size() <= limit) {
            return new CursorPage<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new CursorPage<>(List.copyOf(items), cursorOf.apply(items.getLast()).encode());
    }
}
