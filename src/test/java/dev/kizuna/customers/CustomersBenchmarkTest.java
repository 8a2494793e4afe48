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

    @Test
    void customerMasterAtScale() throws Exception {
        int companyCount = Integer.getInteger("bench.companies", 1_000_000);
        int contactCount = Integer.getInteger("bench.contacts", 2_000_000);
        int iterations = Integer.getInteger("bench.iterations", 200);
        List<UUID> owners = owners(20);

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
        String searchSql = """
                select c.id, c.kind, c.name, c.name_kana, c.prefecture, c.city, c.phone_display, c.status,
                       u.display_name as owner_name, c.created_at
                  from company c left join app_user u on u.id = c.owner_id where true %s
                 order by (c.name_kana || '') asc, c.id asc limit ?""";
        String listSql = """
                select c.id, c.kind, c.name, c.name_kana, c.prefecture, c.city, c.phone_display, c.status,
                       u.display_name as owner_name, c.created_at
                  from company c left join app_user u on u.id = c.owner_id where true %s
                 order by c.name_kana asc, c.id asc limit ?""";

        results.add(Measurement.of("list-status", "first page, status = 取引中, furigana order", 20, iterations,
                () -> companies.list(new CompanyFilter(null, null, CompanyStatus.CUSTOMER, null, null, false, "kana", false), PageQuery.first(PAGE)),
                () -> rows(listSql.formatted("and c.status = ?"), "customer", PAGE + 1), companyCount));
        results.add(Measurement.of("list-owner", "first page, one owner's customers, furigana order", 20, iterations,
                () -> companies.list(new CompanyFilter(null, null, null, owner, null, false, "kana", false), PageQuery.first(PAGE)),
                () -> rows(listSql.formatted("and c.owner_id = ?"), owner, PAGE + 1), companyCount));
        results.add(Measurement.of("search-kana", "search 'さくら' (kana fragment), first page", 10, iterations,
                () -> companies.list(new CompanyFilter("さくら", null, null, null, null, false, "kana", false), PageQuery.first(PAGE)),
                () -> rows(searchSql.formatted("and c.search_text like ?"), "%さくら%", PAGE + 1), companyCount));
        results.add(Measurement.of("search-kanji", "search '精機' (kanji fragment), first page", 10, iterations,
                () -> companies.list(new CompanyFilter("精機", null, null, null, null, false, "kana", false), PageQuery.first(PAGE)),
                () -> rows(searchSql.formatted("and c.name_grams @> array[?]::text[]"), "精機", PAGE + 1), companyCount));
        results.add(Measurement.of("search-surname", "search '田中' (two kanji, a common surname/stem), first page", 10, iterations,
                () -> companies.list(new CompanyFilter("田中", null, null, null, null, false, "kana", false), PageQuery.first(PAGE)),
                () -> rows(searchSql.formatted("and c.name_grams @> array[?]::text[]"), "田中", PAGE + 1), companyCount));
        results.add(Measurement.of("search-halfwidth", "search 'ｻｸﾗｾｲｷ' (half-width kana, 5 chars), first page", 10, iterations,
                () -> companies.list(new CompanyFilter("ｻｸﾗｾｲｷ", null, null, null, null, false, "kana", false), PageQuery.first(PAGE)),
                () -> rows(searchSql.formatted("and c.search_text like ?"), "%さくらせいき%", PAGE + 1), companyCount));
        results.add(Measurement.of("search-phone", "search a phone number typed without hyphens", 10, iterations,
                () -> assertThat(companies.list(new CompanyFilter(somePhone, null, null, null, null, false, "kana", false),
                        PageQuery.first(PAGE)).items()).isNotEmpty(),
                () -> rows(searchSql.formatted("and c.search_text like ?"), "%" + somePhone + "%", PAGE + 1), companyCount));
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
