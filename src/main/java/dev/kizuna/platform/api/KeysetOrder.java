package dev.kizuna.platform.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The ORDER BY of a keyset-paged list and the matching "after this row" condition, written once:
 * {@code (sort columns..., id) > (cursor values)} ordered by {@code sort columns..., id}, all ascending or all
 * descending, so that the index on {@code (sort columns..., id)} serves the page. The cursor is the one
 * {@link PageQuery#page} made from the last row: {@code Cursor.of(sortValues..., id)}; sort values must never be
 * SQL NULL (a row comparison with NULL matches nothing), so nullable columns are sorted through {@code coalesce}.
 *
 * @param columns   the sort columns or expressions as written in the query, e.g. {@code u.name_kana}
 * @param sqlTypes  each column's type for the cursor value's cast, e.g. {@code text} or {@code timestamptz}
 * @param idColumn  the row's id column, e.g. {@code u.id} (uuid)
 * @param desc      newest/last first
 */
public record KeysetOrder(List<String> columns, List<String> sqlTypes, String idColumn, boolean desc) {

    public KeysetOrder {
        if (columns.isEmpty() || columns.size() != sqlTypes.size()) {
            throw new IllegalArgumentException("one type per sort column");
        }
        columns = List.copyOf(columns);
        sqlTypes = List.copyOf(sqlTypes);
    }

    public KeysetOrder(String column, String sqlType, String idColumn, boolean desc) {
        this(List.of(column), List.of(sqlType), idColumn, desc);
    }

    /** How many values a cursor of this order carries: one per sort column and the id. */
    public int cursorSize() {
        return columns.size() + 1;
    }

    /**
     * The same order, written so that PostgreSQL cannot walk the sort index: it must find the matching rows
     * first (through a search index) and sort them. Use it with text search, whose selectivity the planner
     * cannot estimate; walking the sort index and testing every row is fast for common words but reads half
     * the table for rare ones.
     */
    public KeysetOrder sortingMatches() {
        List<String> hidden = new ArrayList<>(columns);
        hidden.set(0, switch (sqlTypes.getFirst()) {
            case "timestamptz" -> "(" + columns.getFirst() + " + interval '0 s')";
            case "integer", "bigint", "numeric" -> "(" + columns.getFirst() + " + 0)";
            case "jsonb" -> "jsonb_strip_nulls(" + columns.getFirst() + ")";
            default -> "(" + columns.getFirst() + " || '')";
        });
        return new KeysetOrder(hidden, sqlTypes, idColumn, desc);
    }

    /** Appends {@code and (columns..., id) > (?, ..., ?)} when there is a cursor. */
    public void appendAfter(StringBuilder sql, List<Object> args, Cursor after) {
        if (after == null) {
            return;
        }
        sql.append(" and (").append(String.join(", ", columns)).append(", ").append(idColumn).append(") ")
                .append(desc ? "<" : ">").append(" (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append("cast(? as ").append(sqlTypes.get(i)).append("), ");
            args.add(checked(after, i, sqlTypes.get(i)));
        }
        sql.append("cast(? as uuid))");
        args.add(after.uuid(columns.size()).toString());
    }

    /** The cursor's value, refused when it cannot be of the column's type (a cursor meant for another list). */
    private static String checked(Cursor after, int index, String sqlType) {
        String value = after.value(index);
        switch (sqlType) {
            case "integer", "bigint" -> after.number(index);
            case "date" -> {
                try {
                    java.time.LocalDate.parse(value);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new InvalidCursorException();
                }
            }
            default -> { }
        }
        return value;
    }

    /** Appends {@code order by columns..., id limit ?}. */
    public void appendOrderAndLimit(StringBuilder sql, List<Object> args, int fetchSize) {
        String direction = desc ? " desc" : " asc";
        sql.append(" order by ");
        for (String column : columns) {
            sql.append(column).append(direction).append(", ");
        }
        sql.append(idColumn).append(direction).append(" limit ?");
        args.add(fetchSize);
    }
}
