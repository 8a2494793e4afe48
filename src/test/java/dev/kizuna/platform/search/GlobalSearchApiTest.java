package dev.kizuna.platform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/search: one box for customers, contacts, deals, quote and order numbers, tasks and playbooks, folded
 * like the customer search (half-width kana, katakana/hiragana, ㈱/(株)/株式会社 alike), grouped by kind.
 */
class GlobalSearchApiTest extends ApiTestBase {

    private String token;
    private String tag;
    private UUID company;
    private UUID contact;

    @BeforeEach
    void records() {
        token = tokenFor(PermissionLevel.VIEWER);
        tag = dev.kizuna.support.SearchTags.next();
        company = UUID.randomUUID();
        jdbc.sql("""
                insert into company (id, kind, name, name_kana, status, search_text, name_grams)
                values (?, 'company', ?, 'サクラセイキ', 'customer', ?, ?)""")
                .params(company, "株式会社さくら精機" + tag, "株式会社さくら精機" + tag + " さくらせいき",
                        new String[] {"さく", "くら"}).update();
        contact = UUID.randomUUID();
        String kana = "サトウ" + tag.toUpperCase();
        jdbc.sql("""
                insert into contact (id, company_id, name, name_kana, phone, phone_display, email, search_text, name_grams)
                values (?, ?, '佐藤 花子', ?, '0337361180', '03-3736-1180', ?, ?, ?)""")
                .params(contact, company, kana, "sato." + tag + "@sakura.example.jp",
                        "佐藤花子 さとう" + tag + " 0337361180 sato." + tag + "@sakura.example.jp",
                        new String[] {"佐藤", "藤花", "花子"}).update();
    }

    @Test
    void aContactIsFoundByHalfWidthKanaByKanjiByPhoneAndByEmail() throws Exception {
        // ｻﾄｳ + the tag as typed on an old keyboard: half-width katakana folds to the stored reading
        assertThat(hits("ｻﾄｳ" + tag, "contact")).containsExactly("/contacts/" + contact);
        assertThat(hits("さとう" + tag, "contact")).containsExactly("/contacts/" + contact);
        assertThat(hits("佐藤", "contact")).contains("/contacts/" + contact);
        assertThat(hits("03-3736-1180", "contact")).contains("/contacts/" + contact);
        assertThat(hits("sato." + tag + "@sakura", "contact")).containsExactly("/contacts/" + contact);
    }

    @Test
    void aCompanyIsFoundWithTheLegalFormWrittenAnyWay() throws Exception {
        for (String typed : List.of("(株)さくら精機" + tag, "㈱さくら精機" + tag, "株式会社さくら精機" + tag,
                "（株）さくら精機" + tag, "さくら精機" + tag)) {
            assertThat(hits(typed, "company")).as(typed).containsExactly("/customers/" + company);
        }
    }

    @Test
    void anOrderIsFoundByItsNumberAndGroupsComeBestMatchFirst() throws Exception {
        UUID order = UUID.randomUUID();
        String number = "SO-" + tag.toUpperCase() + "-0042";
        jdbc.sql("""
                insert into sales_order (id, number, company_id, title, ordered_on, invoice_amount)
                values (?, ?, ?, '名刺 500枚', ?, 55000)""").params(order, number, company, LocalDate.now()).update();
        assertThat(hits(number, "order")).containsExactly("/orders/" + order);
        // typed in lower case, full-width, without hyphens
        assertThat(hits("ｓｏ" + tag + "0042", "order")).containsExactly("/orders/" + order);
        String body = search(number);
        assertThat(JsonPath.<String>read(body, "$.groups[0].kind")).isEqualTo("order");
        assertThat(JsonPath.<String>read(body, "$.groups[0].items[0].title")).startsWith(number);
    }

    @Test
    void groupsAreLabelledInTheCallersLanguageAndBadInputIsNamed() throws Exception {
        mvc.perform(get(token, "/api/v1/search").param("q", "さくら精機" + tag).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[0].kind").value("company"))
                .andExpect(jsonPath("$.groups[0].label").value("顧客"));
        mvc.perform(get(token, "/api/v1/search").param("q", "(株)")).andExpect(status().isOk())
                .andExpect(jsonPath("$.groups").isEmpty());
        mvc.perform(get(token, "/api/v1/search").param("q", "x".repeat(101)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get(token, "/api/v1/search").param("q", "さくら").param("limit", "0"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(get(null, "/api/v1/search").param("q", "さくら")).andExpect(status().isUnauthorized());
    }

    private String search(String q) throws Exception {
        return mvc.perform(get(token, "/api/v1/search").param("q", q).param("limit", "20")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private List<String> hits(String q, String kind) throws Exception {
        return JsonPath.read(search(q), "$.groups[?(@.kind == '" + kind + "')].items[*].href");
    }
}
