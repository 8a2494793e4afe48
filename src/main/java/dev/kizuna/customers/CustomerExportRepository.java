package dev.kizuna.customers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Every contact with its company's name, read through one server-side cursor at constant memory. */
@Repository
class CustomerExportRepository {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    CustomerExportRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Hands every contact to {@code sink} in furigana order; returns how many. */
    @SuppressWarnings("unchecked")
    long eachContact(Consumer<ContactRow> sink) {
        long[] count = {0};
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    select c.name as company_name, k.name, k.name_kana, k.department, k.title, k.phone_display,
                           k.mobile_display, k.email, k.notes, k.is_primary, k.custom_fields::text as custom_fields,
                           k.created_at
                      from contact k join company c on c.id = k.company_id
                     order by k.name_kana, k.id""");
            statement.setFetchSize(10_000);
            return statement;
        }, rs -> {
            String custom = rs.getString(11);
            sink.accept(new ContactRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                    rs.getBoolean(10), custom == null || "{}".equals(custom) ? Map.of()
                            : json.readValue(custom, LinkedHashMap.class),
                    rs.getTimestamp(12).toInstant()));
            count[0]++;
        });
        return count[0];
    }
}
