package dev.kizuna.customers;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import dev.kizuna.platform.text.JapaneseText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The company table. Lists are keyset-paged on (sort column, id), each served by an index. */
@Repository
class CompanyRepository {

    /** Furigana (あいうえお) or creation order; each has an index on (column, id). */
    private static KeysetOrder order(CompanyFilter filter) {
        return "created".equals(filter.sortOrDefault())
                ? new KeysetOrder("c.created_at", "timestamptz", "c.id", filter.desc())
                : new KeysetOrder("c.name_kana", "text", "c.id", filter.desc());
    }

    private static final String SELECT = """
            select c.*, u.display_name as owner_name
              from company c left join app_user u on u.id = c.owner_id
            """;

    private final JdbcClient jdbc;
    private final RequiredFields requiredFields;

    CompanyRepository(JdbcClient jdbc, RequiredFields requiredFields) {
        this.jdbc = jdbc;
        this.requiredFields = requiredFields;
    }

    Optional<Company> find(UUID id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(CompanyRepository::map).optional();
    }

    boolean corporateNumberTaken(String number, UUID exceptId) {
        return number != null && jdbc.sql(
                        "select exists (select 1 from company where corporate_number = ? and id is distinct from ?)")
                .params(number, exceptId).query(Boolean.class).single();
    }

    void insert(UUID id, CompanyDraft d, CustomerRules.Clean c, String searchText, UUID actor) {
        jdbc.sql("""
                insert into company (id, kind, name, name_kana, corporate_number, postal_code, prefecture, city, street,
                    building, phone, phone_display, email, website, representative, industry, employee_count,
                    annual_revenue, lead_source, owner_id, tags, status, birthday, email_opt_in, phone_opt_in,
                    line_opt_in, search_text, name_grams, created_by, updated_by)
                values (:id, :kind, :name, :nameKana, :corporateNumber, :postalCode, :prefecture, :city, :street,
                    :building, :phone, :phoneDisplay, :email, :website, :representative, :industry, :employeeCount,
                    :annualRevenue, :leadSource, :ownerId, :tags, :status, :birthday, :emailOptIn, :phoneOptIn,
                    :lineOptIn, :searchText, :nameGrams, :actor, :actor)
                """).params(params(id, d, c, searchText, actor)).update();
    }

    boolean update(UUID id, long version, CompanyDraft d, CustomerRules.Clean c, String searchText, UUID actor) {
        Map<String, Object> params = params(id, d, c, searchText, actor);
        params.put("version", version);
        return jdbc.sql("""
                update company set kind = :kind, name = :name, name_kana = :nameKana,
                    corporate_number = :corporateNumber, postal_code = :postalCode, prefecture = :prefecture,
                    city = :city, street = :street, building = :building, phone = :phone,
                    phone_display = :phoneDisplay, email = :email, website = :website,
                    representative = :representative, industry = :industry, employee_count = :employeeCount,
                    annual_revenue = :annualRevenue, lead_source = :leadSource, owner_id = :ownerId, tags = :tags,
                    status = :status, birthday = :birthday, email_opt_in = :emailOptIn,
                    phone_opt_in = :phoneOptIn, line_opt_in = :lineOptIn, search_text = :searchText,
                    name_grams = :nameGrams,
                    version = version + 1, updated_at = now(), updated_by = :actor
                 where id = :id and version = :version
                """).params(params).update() == 1;
    }

    private static Map<String, Object> params(UUID id, CompanyDraft d, CustomerRules.Clean c, String searchText,
            UUID actor) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("id", id);
        p.put("kind", d.kind().name().toLowerCase());
        p.put("name", c.name());
        p.put("nameKana", c.nameKana());
        p.put("corporateNumber", c.corporateNumber());
        p.put("postalCode", c.postalCode());
        p.put("prefecture", CustomerRules.text(d.prefecture()));
        p.put("city", CustomerRules.text(d.city()));
        p.put("street", CustomerRules.text(d.street()));
        p.put("building", CustomerRules.text(d.building()));
        p.put("phone", c.phone());
        p.put("phoneDisplay", c.phoneDisplay());
        p.put("email", c.email());
        p.put("website", c.website());
        p.put("representative", CustomerRules.text(d.representative()));
        p.put("industry", CustomerRules.text(d.industry()));
        p.put("employeeCount", d.employeeCount());
        p.put("annualRevenue", d.annualRevenue());
        p.put("leadSource", CustomerRules.text(d.leadSource()));
        p.put("ownerId", d.ownerId());
        p.put("tags", c.tags().toArray(String[]::new));
        p.put("status", d.status().name().toLowerCase());
        p.put("birthday", d.birthday());
        p.put("emailOptIn", d.emailOptIn());
        p.put("phoneOptIn", d.phoneOptIn());
        p.put("lineOptIn", d.lineOptIn());
        p.put("searchText", searchText);
        p.put("nameGrams", dev.kizuna.platform.text.JapaneseText.bigrams(c.name(), c.nameKana()).toArray(String[]::new));
        p.put("actor", actor);
        return p;
    }

    List<CompanySummary> list(CompanyFilter filter, Cursor after, int fetchSize) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        SearchCondition.append(where, args, "c", filter.text());
        if (filter.kind() != null) {
            where.append(" and c.kind = ?");
            args.add(filter.kind().name().toLowerCase());
        }
        if (filter.status() != null) {
            where.append(" and c.status = ?");
            args.add(filter.status().name().toLowerCase());
        }
        if (filter.ownerId() != null) {
            where.append(" and c.owner_id = ?");
            args.add(filter.ownerId());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            where.append(" and c.tags @> array[?]::text[]");
            args.add(CustomerRules.text(filter.tag()));
        }
        if (filter.incomplete()) {
            where.append(" and ").append(requiredFields.incompleteCondition());
        }
        // A search finds its matches through the search index and sorts them: the planner cannot estimate how
        // many a word matches, and walking the furigana index reads most of the table when the matches cluster
        // late in あいうえお order (a search for タナカ starts after every ア…ソ row).
        KeysetOrder order = filter.text() == null || filter.text().isBlank() ? order(filter) : order(filter).sortingMatches();
        StringBuilder sql = new StringBuilder("""
                select c.id, c.kind, c.name, c.name_kana, c.prefecture, c.city, c.phone_display, c.status,
                       u.display_name as owner_name, c.created_at
                  from company c left join app_user u on u.id = c.owner_id
                """).append(where);
        List<Object> all = new ArrayList<>(args);
        order.appendAfter(sql, all, after);
        order.appendOrderAndLimit(sql, all, fetchSize);
        return jdbc.sql(sql.toString()).params(all).query((rs, n) -> new CompanySummary(
                rs.getObject("id", UUID.class), kind(rs), rs.getString("name"), rs.getString("name_kana"),
                rs.getString("prefecture"), rs.getString("city"), rs.getString("phone_display"), status(rs),
                rs.getString("owner_name"), rs.getTimestamp("created_at").toInstant())).list();
    }

    /**
     * Customers that share the phone number, e-mail or reading with a new one, or whose name is similar
     * (pg_trgm word similarity on the folded name, served by the search_text GIN index).
     */
    List<DuplicateCandidate> likelyDuplicates(String phone, String email, String nameKana, String nameKey,
            UUID exceptId, int limit) {
        return jdbc.sql("""
                select id, name, name_kana, prefecture || city || street as address, phone_display,
                       case when phone = :phone then 'phone'
                            when email = :email then 'email'
                            when name_kana = :kana then 'kana'
                            else 'name' end as reason
                  from company
                 where id is distinct from :exceptId
                   and (phone = :phone or email = :email or (:kana <> '' and name_kana = :kana)
                        or (length(:nameKey) >= 2 and :nameKey <% search_text))
                 order by (phone = :phone) desc nulls last, word_similarity(:nameKey, search_text) desc
                 limit :limit
                """).param("phone", phone).param("email", email).param("kana", nameKana == null ? "" : nameKana)
                .param("nameKey", nameKey).param("exceptId", exceptId).param("limit", limit)
                .query((rs, n) -> new DuplicateCandidate(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("name_kana"), rs.getString("address"), rs.getString("phone_display"),
                        rs.getString("reason"))).list();
    }

    static Cursor cursorOf(CompanySummary c, CompanyFilter filter) {
        return "created".equals(filter.sortOrDefault()) ? Cursor.of(c.createdAt(), c.id()) : Cursor.of(c.nameKana(), c.id());
    }

    private static CompanyKind kind(ResultSet rs) throws SQLException {
        return CompanyKind.valueOf(rs.getString("kind").toUpperCase());
    }

    private static CompanyStatus status(ResultSet rs) throws SQLException {
        return CompanyStatus.valueOf(rs.getString("status").toUpperCase());
    }

    private static Company map(ResultSet rs, int n) throws SQLException {
        Array tags = rs.getArray("tags");
        java.sql.Date date = rs.getDate("birthday");
        return new Company(rs.getObject("id", UUID.class), kind(rs), rs.getString("name"), rs.getString("name_kana"),
                rs.getString("corporate_number"), rs.getString("postal_code"), rs.getString("prefecture"),
                rs.getString("city"), rs.getString("street"), rs.getString("building"), rs.getString("phone"),
                rs.getString("phone_display"), rs.getString("email"), rs.getString("website"),
                rs.getString("representative"), rs.getString("industry"), (Integer) rs.getObject("employee_count"),
                (Long) rs.getObject("annual_revenue"), rs.getString("lead_source"), rs.getObject("owner_id", UUID.class),
                rs.getString("owner_name"), tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()),
                status(rs), date == null ? null : date.toLocalDate(), rs.getBoolean("email_opt_in"),
                rs.getBoolean("phone_opt_in"), rs.getBoolean("line_opt_in"), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
