package dev.kizuna.platform.api;

import java.util.List;

/**
 * The ORDER BY of a keyset-paged list and the matching "after this row" condition, written once:
 * {@code (sort column, id) > (cursor values)} ordered by {@code sort column, id}, both ascending or both
 * descending, so that the index on {@code (sort column, id)} serves the page. The cursor is the one
 * {@link PageQuery#page} made from the last row: {@code Cursor.of(sortValue, id)}.
 *
 * @param column    the sort column as written in the query, e.g. {@code u.name_kana}
 * @param sqlType   the column's type for the cursor value's cast, e.g. {@code text} or {@code timestamptz}
 * @param idColumn  the row's id column, e.g. {@code u.id} (uuid)
 * @param desc      newest/last first
 */
public record KeysetOrder(String column, String sqlType, String idColumn, boolean desc) {

    /**
     * The same order, written so that PostgreSQL cannot walk the sort index: it must find the matching rows
     * first (through a search index) and sort them. Use it with text search, whose selectivity the planner
     * cannot estimate; walking the sort index and testing every row is fast for common words but reads half
     * the table for rare ones.
     */
    public KeysetOrder sortingMatches() {
        String expression = "timestamptz".equals(sqlType) ? "(" + column + " + interval '0 s')" : "(" + column + " || '')";
        return new KeysetOrder(expression, sqlType, idColumn, desc);
    }

    /** Appends {@code and (column, id) > (?, ?)} when there is a cursor. */
    public void appendAfter(StringBuilder sql, List<Object> args, Cursor after) {
        if (after == null) {
            return;
        }
        sql.append(" and (").append(column).append(", ").append(idColumn).append(") ").append(desc ? "<" : ">")
                .append(" (cast(? as ").append(sqlType).append("), cast(? as uuid))");
        args.add(after.value(0));
        args.add(after.value(1));
    }

    /** Appends {@code order by column, id limit ?}. */
    public void appendOrderAndLimit(StringBuilder sql, List<Object> args, int fetchSize) {
        String direction = desc ? " desc" : " asc";
        sql.append(" order by ").append(column).append(direction).append(", ").append(idColumn).append(direction)
                .append(" limit ?");
        args.add(fetchSize);
    }
}
