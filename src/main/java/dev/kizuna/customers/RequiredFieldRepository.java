package dev.kizuna.customers;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The required fields per kind of record ({@code required_field}), and the input compliance they give. */
@Repository
class RequiredFieldRepository {

    private final JdbcClient jdbc;

    RequiredFieldRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> of(String objectType) {
        return jdbc.sql("select field from required_field where object_type = ?").param(objectType)
                .query(String.class).list();
    }

    /** The kind's required fields become these. */
    void replace(String objectType, List<String> fields) {
        jdbc.sql("delete from required_field where object_type = ?").param(objectType).update();
        for (String field : fields) {
            jdbc.sql("insert into required_field (object_type, field) values (?, ?)").params(objectType, field).update();
        }
    }

    /**
     * Per owner, in furigana order: the customers they own and how many of them are complete, {@code incomplete}
     * being a condition on company rows (alias c) built from a fixed list, never from user input.
     */
    List<OwnerCompleteness> completenessByOwner(String incomplete) {
        return jdbc.sql("""
                select c.owner_id, u.display_name, count(*) as customers,
                       count(*) filter (where not %s) as complete
                  from company c join app_user u on u.id = c.owner_id
                 group by c.owner_id, u.display_name, u.name_kana
                 order by u.name_kana, c.owner_id
                """.formatted(incomplete))
                .query((rs, n) -> new OwnerCompleteness(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getLong(3), rs.getLong(4))).list();
    }
}
