package dev.kizuna.customers;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.kizuna.platform.text.JapaneseText;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of customer imports: lookups by key, one COPY per batch, and undoing what an import created. */
@Repository
class CompanyImportRepository {

    private static final String COPY = """
            copy company (id, kind, name, name_kana, corporate_number, postal_code, prefecture, city, street, building,
                phone, phone_display, email, website, representative, industry, employee_count, annual_revenue,
                lead_source, owner_id, tags, status, birthday, email_opt_in, phone_opt_in, line_opt_in, search_text,
                name_grams, custom_fields, created_by, updated_by) from stdin""";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final JsonMapper json;

    CompanyImportRepository(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.json = json;
    }

    Map<String, UUID> idsByCorporateNumber(Collection<String> numbers) {
        Map<String, UUID> found = new HashMap<>();
        if (!numbers.isEmpty()) {
            jdbc.sql("select corporate_number, id from company where corporate_number = any(?)")
                    .param(numbers.toArray(String[]::new))
                    .query(rs -> {
                        found.put(rs.getString(1), rs.getObject(2, UUID.class));
                    });
        }
        return found;
    }

    /** {@code column} is one of ours (phone, email), never the caller's text; both are indexed. */
    Map<String, List<UUID>> idsBy(String column, Collection<String> values) {
        return grouped("select " + column + ", id from company where " + column + " = any(?)", values);
    }

    /** By name folded NFKC on both sides; {@code folded}: names folded the same way. */
    Map<String, List<UUID>> idsByFoldedName(Collection<String> folded) {
        return grouped("select normalize(name, NFKC), id from company where normalize(name, NFKC) = any(?)", folded);
    }

    Map<String, List<UUID>> contactIdsByEmail(Collection<String> emails) {
        return grouped("select lower(email), id from contact where lower(email) = any(?)",
                emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList());
    }

    private Map<String, List<UUID>> grouped(String sql, Collection<String> values) {
        Map<String, List<UUID>> found = new HashMap<>();
        if (!values.isEmpty()) {
            jdbc.sql(sql).param(values.toArray(String[]::new)).query(rs -> {
                found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
            });
        }
        return found;
    }

    /**
     * The oldest customer created before {@code before} per value of the column {@code reason} names (phone, email,
     * or kana), probed with {@code limit 1} per value through the column's index, into {@code byKey} by
     * "reason:value".
     */
    void oldestWith(String reason, List<String> values, UUID before, Map<String, DuplicateCandidate> byKey) {
        String column = switch (reason) {
            case "phone" -> "phone";
            case "email" -> "email";
            default -> "name_kana";
        };
        jdbc.sql("""
                select v.value, c.id, c.name, c.name_kana, c.address, c.phone_display
                  from unnest(?::text[]) as v(value)
                  cross join lateral (select id, name, name_kana, prefecture || city || street as address, phone_display
                                        from company where %s = v.value and id < ? order by id limit 1) c
                """.formatted(column)).param(values.stream().distinct().toArray(String[]::new)).param(before)
                .query(rs -> {
                    byKey.put(reason + ":" + rs.getString(1), new DuplicateCandidate(rs.getObject(2, UUID.class),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), reason));
                });
    }

    int deleteContacts(Collection<UUID> ids) {
        return ids.isEmpty() ? 0
                : jdbc.sql("delete from contact where id = any(?)").param(ids.toArray(UUID[]::new)).update();
    }

    /** Their contacts and activities go with them (their keys cascade). */
    /** The names of those of the customers that exist, by id. */
    java.util.Map<UUID, String> names(Collection<UUID> ids) {
        java.util.Map<UUID, String> out = new java.util.LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from company where id = any(?) order by id").param(ids.toArray(UUID[]::new))
                    .query((rs, n) -> out.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        }
        return out;
    }

    int deleteCompanies(Collection<UUID> ids) {
        return ids.isEmpty() ? 0
                : jdbc.sql("delete from company where id = any(?)").param(ids.toArray(UUID[]::new)).update();
    }

    void appendRow(StringBuilder out, CompanyImports.NewRow row, UUID actor) {
        CompanyDraft d = row.checked().draft();
        CustomerRules.Clean c = (CustomerRules.Clean) row.checked().clean();
        String search = CustomerRules.searchText(c.name(), c.nameKana(), c.phone() == null ? null : c.phoneDisplay(),
                c.email(), c.corporateNumber(), d.representative());
        CopyText.row(out, row.id(), d.kind().name().toLowerCase(), c.name(), c.nameKana(), c.corporateNumber(),
                c.postalCode(), CustomerRules.text(d.prefecture()), CustomerRules.text(d.city()),
                CustomerRules.text(d.street()), CustomerRules.text(d.building()), c.phone(), c.phoneDisplay(), c.email(),
                c.website(), CustomerRules.text(d.representative()), CustomerRules.text(d.industry()),
                d.employeeCount(), d.annualRevenue(), CustomerRules.text(d.leadSource()), d.ownerId(),
                CopyText.array(c.tags()), d.status().name().toLowerCase(), d.birthday(), d.emailOptIn(), d.phoneOptIn(),
                d.lineOptIn(), search, CopyText.array(JapaneseText.bigrams(c.name(), c.nameKana())),
                json.writeValueAsString(c.customFields()), actor, actor);
    }

    /** Writes rows in COPY text format (see {@link #appendRow}) with one COPY in the caller's transaction. */
    void copy(StringBuilder rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of imported customers failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
