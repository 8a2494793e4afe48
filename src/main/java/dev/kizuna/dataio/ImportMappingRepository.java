package dev.kizuna.dataio;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Saved column mappings ({@code import_mapping}): header text → target, by kind of file and name. */
@Repository
class ImportMappingRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportMappingRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Map<String, String> savedMapping(String objectType, String name) {
        return jdbc.sql("select mapping::text from import_mapping where object_type = ? and name = ?")
                .params(objectType, name).query(String.class).optional().map(this::stringMap).orElse(Map.of());
    }

    List<String> mappingNames(String objectType) {
        return jdbc.sql("select name from import_mapping where object_type = ? order by name").param(objectType)
                .query(String.class).list();
    }

    void saveMapping(String objectType, String name, Map<String, String> mapping, UUID actor) {
        jdbc.sql("""
                insert into import_mapping (id, object_type, name, mapping, created_by) values (?, ?, ?, cast(? as jsonb), ?)
                on conflict (object_type, name) do update set mapping = excluded.mapping""")
                .params(Ids.newId(), objectType, name, json.writeValueAsString(mapping), actor)
                .update();
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> stringMap(String stored) {
        return json.readValue(stored, java.util.LinkedHashMap.class);
    }
}
