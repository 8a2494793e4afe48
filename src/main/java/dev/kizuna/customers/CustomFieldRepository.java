package dev.kizuna.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Custom field definitions, and the expression index each filterable field gets on its table. */
@Repository
class CustomFieldRepository {

    private final JdbcClient jdbc;

    CustomFieldRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CustomField> list(String objectType, boolean withRetired) {
        return jdbc.sql("select * from custom_field where object_type = ? and (? or not retired) order by position, id")
                .params(objectType, withRetired).query(CustomFieldRepository::map).list();
    }

    Optional<CustomField> find(UUID id) {
        return jdbc.sql("select * from custom_field where id = ?").param(id).query(CustomFieldRepository::map).optional();
    }

    boolean keyTaken(String objectType, String key) {
        return jdbc.sql("select exists (select 1 from custom_field where object_type = ? and field_key = ?)")
                .params(objectType, key).query(Boolean.class).single();
    }

    int nextPosition(String objectType) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from custom_field where object_type = ?")
                .param(objectType).query(Integer.class).single();
    }

    int count(String objectType) {
        return jdbc.sql("select count(*) from custom_field where object_type = ?").param(objectType)
                .query(Integer.class).single();
    }

    void insert(UUID id, CustomFieldDraft d, int position, UUID actor) {
        jdbc.sql("""
                insert into custom_field (id, object_type, field_key, label, label_en, field_type, options, position,
                    created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, d.objectType(), d.key(), d.label(), d.labelEn(), d.type().code(),
                d.options().toArray(String[]::new), position, actor, actor).update();
    }

    boolean update(UUID id, long version, String label, String labelEn, List<String> options, boolean retired,
            UUID actor) {
        return jdbc.sql("""
                update custom_field set label = ?, label_en = ?, options = ?, retired = ?, version = version + 1,
                    updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(label, labelEn, options.toArray(String[]::new), retired, actor, id, version).update() == 1;
    }

    void setPosition(UUID id, int position) {
        jdbc.sql("update custom_field set position = ?, version = version + 1, updated_at = now() where id = ?")
                .params(position, id).update();
    }

    static String tableOf(String objectType) {
        return switch (objectType) {
            case "company" -> "company";
            case "contact" -> "contact";
            case "deal" -> "deal";
            default -> throw new IllegalArgumentException(objectType);
        };
    }

    /** The columns after the value in a field's index: lists break ties by these (deals have no furigana). */
    static String tieBreak(String objectType) {
        return "deal".equals(objectType) ? "id" : "name_kana, id";
    }

    private static CustomField map(ResultSet rs, int n) throws SQLException {
        return new CustomField(rs.getObject("id", UUID.class), rs.getString("object_type"), rs.getString("field_key"),
                rs.getString("label"), rs.getString("label_en"), FieldType.ofCode(rs.getString("field_type")),
                Arrays.asList((String[]) rs.getArray("options").getArray()), rs.getInt("position"),
                rs.getBoolean("retired"), rs.getLong("version"));
    }
}
