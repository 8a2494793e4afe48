package dev.kizuna.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.kizuna.bench.BenchReport;
import dev.kizuna.bench.Measurement;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The customer master at scale (issue "Customer master", Speed). Run on demand: {@code ./mvnw -Pbench verify}
 * (scale with {@code -Dbench.companies=… -Dbench.contacts=…}). Each scenario goes through the facade the pages
 * and the API use, and is timed beside the plain SQL of the same query in the same run.
 */
@KizunaTest
@Tag("bench")
class CustomersBenchmarkTest {

    private static final int PAGE = 30;

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Companies companies;
    @Autowired
    Contacts contacts;
    @Autowired
    CustomFields customFields;

    @Test
    void customerMasterAtScale() throws Exception {
        int companyCount = Integer.getInteger("bench.companies", 1_000_000);
        int contactCount = Integer.getInteger("bench.contacts", 2_000_000);
        int iterations = Integer.getInteger("bench.iterations", 200);
        List<UUID> owners = owners(20);

        defineCustomFields();
        assertThat(jdbc.sql("select count(*) from pg_indexes where indexname like 'company\\_cf\\_%'").query(Long.class)
                .single()).as("an index for each custom field but the long text").isEqualTo(9);
        long started = System.nanoTime();
        List<UUID> ids = new CustomerDataGenerator(dataSource).generate(companyCount, contactCount, owners, 42);
        double seconds = (System.nanoTime() - started) / 1e9;

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench",
                null, AuthorityUtils.createAuthorityList("ROLE_VIEWER")));
        UUID owner = owners.get(3);
        UUID someCompany = ids.get(ids.size() / 2);
        String somePhone = jdbc.sql("select phone_display from company where id = ?").param(someCompany)
                .query(String.class).single().replace("-", "");
        List<Measurement> results = new ArrayList<>();
        // The facade's SQL: the page found on narrow rows, then those rows read whole (CompanyRepository#list).
        String searchSql = page("(c.name_kana || '')", "%s", false);
        String listSql = page("c.name_kana", "%s", false);
        results.add(Measurement.of("list-status", "first page, status = 取引中, furigana order", 20, iterations,
                () -> companies.list(CompanyFilter.where(FieldCondition.eq("status", "customer")), PageQuery.first(PAGE)),
                () -> rows(listSql.formatted("and c.status = ?"), "customer", PAGE + 1), companyCount));
        results.add(Measurement.of("list-owner", "first page, one owner's customers, furigana order", 20, iterations,
                () -> companies.list(CompanyFilter.where(FieldCondition.eq("ownerId", owner.toString())), PageQuery.first(PAGE)),
                () -> rows(listSql.formatted("and c.owner_id = ?"), owner, PAGE + 1), companyCount));
        results.add(Measurement.of("search-kana", "search 'さくら' (kana fragment), first page", 10, iterations,
                () -> companies.list(CompanyFilter.search("さくら"), PageQuery.first(PAGE)),
                () -> rows(searchSql.formatted("and c.search_text like ?"), "%さくら%", PAGE + 1), companyCount));
        results.add(Measurement.of("search-kanji", "search '精機' (kanji fragment), first page", 10, iterations,
                () -> companies.list(CompanyFilter.search("精機"), PageQuery.first(PAGE)),
                () -> rows(searchSql.formatted("and c.name_grams @> array[?]::text[]"), "精機", PAGE + 1), companyCount));
        results.add(Measurement.of("search-surname", "search '田中' (two kanji, a common surname/stem), first page", 10, iterations,
                () -> companies.list(CompanyFilter.search("田中"), PageQuery.first(PAGE)),
                () -> rows(searchSql.formatted("and c.name_grams @> array[?]::text[]"), "田中", PAGE + 1), companyCount));
        results.add(Measurement.of("search-halfwidth", "search 'ｻｸﾗｾｲｷ' (half-width kana, 5 chars), first page", 10, iterations,
                () -> companies.list(CompanyFilter.search("ｻｸﾗｾｲｷ"), PageQuery.first(PAGE)),
                () -> rows(searchSql.formatted("and c.search_text like ?"), "%さくらせいき%", PAGE + 1), companyCount));
        results.add(Measurement.of("search-phone", "search a phone number typed without hyphens", 10, iterations,
                () -> assertThat(companies.list(CompanyFilter.search(somePhone),
                        PageQuery.first(PAGE)).items()).isNotEmpty(),
                () -> rows(searchSql.formatted("and c.search_text like ?"), "%" + somePhone + "%", PAGE + 1), companyCount));
        results.add(Measurement.of("list-custom-filter", "first page, custom single choice ランク = B (20%), furigana order",
                20, iterations,
                () -> companies.list(CompanyFilter.where(FieldCondition.eq("customFields.rank", "B")), PageQuery.first(PAGE)),
                () -> rows(listSql.formatted("and coalesce(c.custom_fields -> 'rank', 'null'::jsonb) = cast(? as jsonb)"),
                        "\"B\"", PAGE + 1), companyCount));
        results.add(Measurement.of("list-custom-sort", "first page sorted by custom money 月額 (largest first)", 20,
                iterations,
                () -> companies.list(new CompanyFilter(null, List.of(), "customFields.monthly_fee", true), PageQuery.first(PAGE)),
                () -> jdbc.sql(page("coalesce(c.custom_fields -> 'monthly_fee', 'null'::jsonb), c.name_kana", "", true))
                        .param(PAGE + 1).query((rs, n) -> 1).list(), companyCount));
        results.add(Measurement.of("list-custom-and-builtin", "first page, status = 取引中 AND 印刷発注あり = no, furigana order",
                20, iterations,
                () -> companies.list(CompanyFilter.where(FieldCondition.eq("status", "customer"),
                        FieldCondition.eq("customFields.print_orders", "false")), PageQuery.first(PAGE)),
                () -> rows(listSql.formatted("and c.status = ? and coalesce(c.custom_fields -> 'print_orders', 'null'::jsonb) "
                        + "<> 'true'::jsonb"), "customer", PAGE + 1), companyCount));
        results.add(Measurement.of("list-builtin-sort", "first page sorted by employees (largest first)", 20, iterations,
                () -> companies.list(new CompanyFilter(null, List.of(), "employeeCount", true), PageQuery.first(PAGE)),
                () -> jdbc.sql(page("coalesce(c.employee_count, -1), c.name_kana", "", true))
                        .param(PAGE + 1).query((rs, n) -> 1).list(), companyCount));
        results.add(Measurement.of("count", "count of status = 取引中 (capped at 10,001)", 10, iterations,
                () -> companies.count(CompanyFilter.where(FieldCondition.eq("status", "customer"))),
                () -> rows("select count(*) from (select 1 from company c where c.status = ? limit ?) m", "customer", 10_001),
                companyCount));
        results.add(Measurement.of("detail", "customer page: the customer and its contacts", 20, iterations,
                () -> {
                    companies.find(someCompany);
                    contacts.forCompany(someCompany);
                },
                () -> {
                    rows("select * from company where id = ? and ? > 0", someCompany, 1);
                    rows("select * from contact where company_id = ? order by is_primary desc, name_kana, id limit ?", someCompany, 1000);
                }, companyCount));

        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("companies", companyCount);
        setup.put("contacts", contactCount);
        setup.put("generation seconds (COPY)", Math.round(seconds));
        setup.put("generation rows/s", Math.round((companyCount + contactCount) / seconds));
        setup.put("iterations per scenario", iterations);
        setup.put("baseline", "the same SQL as the facade runs, through JdbcClient, interleaved with the measured call");
        org.slf4j.LoggerFactory.getLogger(CustomersBenchmarkTest.class).info("\n{}", BenchReport.write("customers", setup, results));
        assertThat(results).isNotEmpty();
    }

    /** Ten custom fields of every kind a list can filter or sort by, each with its index. */
    private void defineCustomFields() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench",
                null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_MEMBER", "ROLE_VIEWER")));
        customFields.insert(new CustomFieldDraft("company", "rank", "ランク", "Rank", FieldType.SINGLE_CHOICE,
                List.of(CustomerDataGenerator.RANKS)));
        customFields.insert(new CustomFieldDraft("company", "renewal_date", "契約更新日", "", FieldType.DATE, List.of()));
        customFields.insert(new CustomFieldDraft("company", "monthly_fee", "月額", "", FieldType.MONEY, List.of()));
        customFields.insert(new CustomFieldDraft("company", "satisfaction", "満足度", "", FieldType.NUMBER, List.of()));
        customFields.insert(new CustomFieldDraft("company", "print_orders", "印刷発注あり", "", FieldType.CHECKBOX, List.of()));
        customFields.insert(new CustomFieldDraft("company", "interests", "関心", "", FieldType.MULTIPLE_CHOICE,
                List.of("ロゴ制作", "名刺印刷", "封筒印刷", "Webサイト", "定期便", "ノベルティ")));
        customFields.insert(new CustomFieldDraft("company", "branch_code", "支店コード", "", FieldType.TEXT, List.of()));
        customFields.insert(new CustomFieldDraft("company", "cs_owner", "CS担当", "", FieldType.USER, List.of()));
        customFields.insert(new CustomFieldDraft("company", "memo", "引継ぎメモ", "", FieldType.LONG_TEXT, List.of()));
        customFields.insert(new CustomFieldDraft("company", "site", "通販サイト", "", FieldType.URL, List.of()));
    }

    /**
     * The list SQL the facade sends, written out by hand: the page's ids and sort values from {@code company}
     * ({@code where true <conditions> order by <sort columns>, id limit ?}), then those rows whole with their owner.
     */
    private static String page(String sortColumns, String conditions, boolean desc) {
        String[] columns = sortColumns.split(", (?=c\\.|\\(|coalesce)");
        String dir = desc ? " desc" : " asc";
        StringBuilder inner = new StringBuilder("select c.id");
        StringBuilder innerOrder = new StringBuilder();
        StringBuilder outer = new StringBuilder("select c.*, u.display_name as owner_name");
        StringBuilder outerOrder = new StringBuilder();
        for (int i = 0; i < columns.length; i++) {
            inner.append(", ").append(columns[i]).append(" as s").append(i);
            innerOrder.append(columns[i]).append(dir).append(", ");
            outer.append(", (p.s").append(i).append(")::text as sort_").append(i);
            outerOrder.append("p.s").append(i).append(dir).append(", ");
        }
        return outer + " from (" + inner + " from company c where true " + conditions + " order by " + innerOrder
                + "c.id" + dir + " limit ?) p join company c on c.id = p.id left join app_user u on u.id = c.owner_id"
                + " order by " + outerOrder + "p.id" + dir;
    }

    private List<UUID> owners(int n) {
        List<UUID> owners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into app_user (id, email, display_name, name_kana, password_hash, permission_level) "
                    + "values (?, ?, ?, ?, 'x', 'MEMBER')").params(id, "owner" + i + "-" + id + "@bench.example.jp",
                    "担当 " + i, "タントウ").update();
            owners.add(id);
        }
        return owners;
    }

    private int rows(String sql, Object param, int limit) {
        return jdbc.sql(sql).params(param, limit).query((rs, n) -> rs.getObject(1)).list().size();
    }
}
