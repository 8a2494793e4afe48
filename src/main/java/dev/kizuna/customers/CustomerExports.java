package dev.kizuna.customers;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import dev.kizuna.platform.api.Cursor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every customer a list matches, or every contact, handed one at a time to an export (the dataio module) at
 * constant memory: customers page by page along the list's own keyset order (so an export has the list's filters
 * and sort), contacts through one server-side cursor.
 */
@Service
@Transactional(readOnly = true)
public class CustomerExports {

    private static final int PAGE = 2_000;

    private final CompanyRepository companies;
    private final CustomFields customFields;
    private final RequiredFields requiredFields;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    CustomerExports(CompanyRepository companies, CustomFields customFields, RequiredFields requiredFields,
            JdbcTemplate jdbc, JsonMapper json) {
        this.companies = companies;
        this.customFields = customFields;
        this.requiredFields = requiredFields;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every customer the filter matches, in its sort order; returns how many. */
    @PreAuthorize("isAuthenticated()")
    public long companies(CompanyFilter filter, Consumer<Company> sink) {
        CompanyQuery query = new CompanyQuery(customFields.active("company"), requiredFields::incompleteCondition, json);
        Cursor after = null;
        long count = 0;
        while (true) {
            List<CompanyRepository.Listed> page = companies.list(query, filter, after, PAGE);
            for (CompanyRepository.Listed listed : page) {
                sink.accept(listed.company());
                count++;
            }
            if (page.size() < PAGE) {
                return count;
            }
            after = page.getLast().cursor();
        }
    }

    /** Every contact with its company's name, in furigana order; returns how many. */
    @PreAuthorize("isAuthenticated()")
    @SuppressWarnings("unchecked")
    public long contacts(Consumer<ContactRow> sink) {
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
                            : json.readValue(custom, java.util.LinkedHashMap.class),
                    rs.getTimestamp(12).toInstant()));
            count[0]++;
        });
        return count[0];
    }
}
