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
import tools.jackson.databind.json.JsonMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The company table. Lists are keyset-paged on (sort column, id), each served by an index. */
@Repository
class CompanyRepository {

    private static final String SELECT = """
            select c.*, u.display_name as owner_name
              from company c left join app_user u on u.id = c.owner_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CompanyRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A listed customer and the cursor that continues the list after it. */
    record Listed(Company company, Cursor cursor) {
    }

    Optional<Company> find(UUID id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(this::map).optional();
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
                    line_opt_in, postal_opt_out_at, search_text, name_grams, custom_fields, created_by, updated_by)
                values (:id, :kind, :name, :nameKana, :corporateNumber, :postalCode, :prefecture, :city, :street,
                    :building, :phone, :phoneDisplay, :email, :website, :representative, :industry, :employeeCount,
                    :annualRevenue, :leadSource, :ownerId, :tags, :status, :birthday, :emailOptIn, :phoneOptIn,
                    :lineOptIn, case when cast(:postalOptOut as boolean) then now() end, :searchText, :nameGrams,
                    cast(:customFields as jsonb), :actor, :actor)
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
                    email_unsubscribed_at = case when :emailOptIn then null else email_unsubscribed_at end,
                    phone_opt_in = :phoneOptIn, line_opt_in = :lineOptIn,
                    postal_opt_out_at = case when cast(:postalOptOut as boolean) is null then postal_opt_out_at
                        when cast(:postalOptOut as boolean) then coalesce(postal_opt_out_at, now()) end,
                    search_text = :searchText,
                    name_grams = :nameGrams, custom_fields = cast(:customFields as jsonb),
                    version = version + 1, updated_at = now(), updated_by = :actor
                 where id = :id and version = :version
                """).params(params).update() == 1;
    }

    private Map<String, Object> params(UUID id, CompanyDraft d, CustomerRules.Clean c, String searchText,
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
        p.put("postalOptOut", d.postalOptOut());
        p.put("searchText", searchText);
        p.put("nameGrams", dev.kizuna.platform.text.JapaneseText.bigrams(c.name(), c.nameKana()).toArray(String[]::new));
        p.put("customFields", json.writeValueAsString(c.customFields()));
        p.put("actor", actor);
        return p;
    }

    /** The WHERE of a list or count: the search and every condition; true when there is text to search. */
    private static boolean where(CompanyQuery query, CompanyFilter filter, StringBuilder where, List<Object> args) {
        where.append(" where true");
        boolean searching = SearchCondition.append(where, args, "c", filter.text());
        query.appendConditions(where, args, filter.conditions());
        return searching;
    }

    List<Listed> list(CompanyQuery query, CompanyFilter filter, Cursor after, int fetchSize) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        boolean searching = where(query, filter, where, args);
        // A search finds its matches through the search index and sorts them: the planner cannot estimate how
        // many a word matches, and walking the furigana index reads most of the table when the matches cluster
        // late in あいうえお order (a search for タナカ starts after every ア…ソ row).
        KeysetOrder order = query.order(filter.sort(), filter.desc());
        if (searching) {
            order = order.sortingMatches();
        }
        // The page is found on narrow rows (id and sort values) and only its rows are read whole: a search sorts
        // every match, and carrying whole customers (custom values and all) through that sort doubles its cost.
        int sortColumns = order.columns().size();
        StringBuilder page = new StringBuilder("select c.id");
        for (int i = 0; i < sortColumns; i++) {
            page.append(", ").append(order.columns().get(i)).append(" as s").append(i);
        }
        page.append(" from company c").append(where);
        List<Object> all = new ArrayList<>(args);
        order.appendAfter(page, all, after);
        order.appendOrderAndLimit(page, all, fetchSize);
        StringBuilder sql = new StringBuilder("select c.*, u.display_name as owner_name");
        StringBuilder outerOrder = new StringBuilder(" order by ");
        String direction = order.desc() ? " desc" : " asc";
        for (int i = 0; i < sortColumns; i++) {
            sql.append(", (p.s").append(i).append(")::text as sort_").append(i);
            outerOrder.append("p.s").append(i).append(direction).append(", ");
        }
        sql.append(" from (").append(page).append(") p join company c on c.id = p.id")
                .append(" left join app_user u on u.id = c.owner_id").append(outerOrder).append("p.id").append(direction);
        return jdbc.sql(sql.toString()).params(all).query((rs, n) -> {
            Company company = map(rs, n);
            Object[] values = new Object[sortColumns + 1];
            for (int i = 0; i < sortColumns; i++) {
                values[i] = rs.getString("sort_" + i);
            }
            values[sortColumns] = company.id();
            return new Listed(company, Cursor.of(values));
        }).list();
    }

    /** How many customers match, counted up to {@code cap} (a list shows "10,000+" past it). */
    long count(CompanyQuery query, CompanyFilter filter, int cap) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        where(query, filter, where, args);
        args.add(cap);
        return jdbc.sql("select count(*) from (select 1 from company c" + where + " limit ?) matched").params(args)
                .query(Long.class).single();
    }

    void setOwner(UUID id, UUID ownerId, UUID actor) {
        jdbc.sql("update company set owner_id = ?, version = version + 1, updated_at = now(), updated_by = ? where id = ?")
                .params(ownerId, actor, id).update();
    }

    void addTag(UUID id, String tag, UUID actor) {
        jdbc.sql("""
                update company set tags = tags || array[?]::text[], version = version + 1, updated_at = now(),
                    updated_by = ?
                 where id = ? and not tags @> array[?]::text[]
                """).params(tag, actor, id, tag).update();
    }

    /** Deletes the customer with its contacts and their move history (foreign keys cascade). */
    void delete(UUID id) {
        jdbc.sql("delete from company where id = ?").param(id).update();
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

    private static CompanyKind kind(ResultSet rs) throws SQLException {
        return CompanyKind.valueOf(rs.getString("kind").toUpperCase());
    }

    private static CompanyStatus status(ResultSet rs) throws SQLException {
        return CompanyStatus.valueOf(rs.getString("status").toUpperCase());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> customFields(String stored) {
        return stored == null ? Map.of() : json.readValue(stored, java.util.LinkedHashMap.class);
    }

    private Company map(ResultSet rs, int n) throws SQLException {
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
                rs.getBoolean("phone_opt_in"), rs.getBoolean("line_opt_in"), rs.getTimestamp("postal_opt_out_at") != null,
                customFields(rs.getString("custom_fields")), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getTimestamp("last_activity_at") == null ? null : rs.getTimestamp("last_activity_at").toInstant());
    }

    /** Turns e-mail opt-in off and notes that the customer unsubscribed; false when it was off already. */
    boolean optOutOfEmail(UUID id, UUID actor) {
        return jdbc.sql("""
                update company set email_opt_in = false, email_unsubscribed_at = now(), version = version + 1,
                    updated_at = now(), updated_by = ?
                where id = ? and email_opt_in
                """).params(actor, id).update() == 1;
    }

    /** Whether the customer unsubscribed themselves (and has not agreed to e-mail again since). */
    boolean unsubscribedFromEmail(UUID id) {
        return jdbc.sql("select email_unsubscribed_at is not null from company where id = ?").param(id)
                .query(Boolean.class).optional().orElse(false);
    }
}
