package dev.kizuna.customers;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Every foreign key to {@code company} or {@code contact}, read from the database catalog (pg_constraint). */
final class CustomerForeignKeys {

    /** One referencing column; {@code onDelete} is pg_constraint.confdeltype: a no action, r restrict, c cascade, n set null. */
    record Key(String table, String column, String target, String onDelete) {

        String name() {
            return table + "." + column;
        }
    }

    private CustomerForeignKeys() {
    }

    static List<Key> read(JdbcClient jdbc) {
        return jdbc.sql("""
                select src.relname, a.attname, ref.relname, c.confdeltype::text
                  from pg_constraint c
                  join pg_class src on src.oid = c.conrelid
                  join pg_class ref on ref.oid = c.confrelid
                  join pg_namespace n on n.oid = ref.relnamespace and n.nspname = current_schema()
                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                 where c.contype = 'f' and ref.relname in ('company', 'contact')
                 order by 1, 2
                """).query((rs, i) -> new Key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    static List<Key> to(JdbcClient jdbc, String target) {
        return read(jdbc).stream().filter(k -> k.target().equals(target)).toList();
    }

    /** How many rows of each referencing column point at the record. */
    static long count(JdbcClient jdbc, Key key, java.util.UUID id) {
        return jdbc.sql("select count(*) from " + key.table() + " where " + key.column() + " = ?").param(id)
                .query(Long.class).single();
    }
}
