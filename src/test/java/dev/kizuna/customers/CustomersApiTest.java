package dev.kizuna.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;

/** The customer master through the API, on the real database: Japanese search, order, rules, history. */
@org.junit.jupiter.api.Tag("server") // run by the server-db execution, on CI's PostgreSQL server (pom.xml)
class CustomersApiTest extends ApiTestBase {

    private String createCompany(String token, String name, String kana, String phone) throws Exception {
        String json = mvc.perform(post(token, "/api/v1/companies", """
                        {"name":"%s","nameKana":"%s","phone":"%s","postalCode":"100-0005","prefecture":"東京都",
                         "city":"千代田区","street":"丸の内1-6-1","status":"customer","tags":["重要"]}
                        """.formatted(name, kana, phone)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    @Test
    void aCompanyIsStoredCleanAndFoundHoweverItIsTyped() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        String tag = unique("検索");
        String id = createCompany(token, "株式会社" + tag + "商事", "ｶﾌﾞｼｷｶﾞｲｼｬ ﾃｽﾄｼｮｳｼﾞ", "０３（５５５５）０１２３");
        mvc.perform(get(token, "/api/v1/companies/{id}", id))
                .andExpect(jsonPath("$.nameKana").value("カブシキガイシャ テストショウジ"))
                .andExpect(jsonPath("$.phone").value("+81355550123"))
                .andExpect(jsonPath("$.phoneDisplay").value("03-5555-0123"))
                .andExpect(jsonPath("$.postalCode").value("1000005"))
                .andExpect(jsonPath("$.kind").value("company"));
        for (String query : List.of(tag, "てすとしょうじ", "ﾃｽﾄｼｮｳｼﾞ", "テスト ショウジ", "0355550123", "03-5555-0123")) {
            mvc.perform(get(token, "/api/v1/companies").param("q", query))
                    .andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
        }
    }

    @Test
    void likelyDuplicatesAreFoundByPhoneAndBySimilarNameIgnoringTheLegalForm() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        String tag = unique("重複");
        String phone = String.format("03-%04d-%04d", 1000 + new java.util.Random().nextInt(9000), new java.util.Random().nextInt(10000));
        String id = createCompany(token, "株式会社" + tag + "精工", "ジュウフク", phone);
        mvc.perform(post(token, "/api/v1/companies/duplicate-candidates", "{\"name\":\"x\",\"phone\":\"" + phone.replace("-", "") + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].reason").value("phone"));
        mvc.perform(post(token, "/api/v1/companies/duplicate-candidates", "{\"name\":\"(株)" + tag + "精工\"}"))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
        mvc.perform(post(token, "/api/v1/companies/duplicate-candidates", "{\"name\":\"まったく別の名前です\"}"))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.not(hasItem(id))));
    }

    @Test
    void customersLackingARequiredFieldAreListedAndCountedPerOwner() throws Exception {
        var owner = accounts.create(PermissionLevel.MEMBER);
        String token = accounts.token(owner);
        String admin = tokenFor(PermissionLevel.ADMIN);
        String tag = unique("入力率");
        String complete = JsonPath.read(mvc.perform(post(token, "/api/v1/companies", """
                {"name":"%s 完備","representative":"代表 太郎","ownerId":"%s"}""".formatted(tag, owner.id())))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String lacking = JsonPath.read(mvc.perform(post(token, "/api/v1/companies", """
                {"name":"%s 不足","ownerId":"%s"}""".formatted(tag, owner.id())))
                .andReturn().getResponse().getContentAsString(), "$.id");
        try {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/required-fields/company")
                            .header("Authorization", "Bearer " + admin).contentType("application/json")
                            .content("{\"fields\":[\"representative\"]}"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.fields[0]").value("representative"));
            mvc.perform(get(token, "/api/v1/companies").param("q", tag).param("filter[incomplete]", "true"))
                    .andExpect(jsonPath("$.items.length()").value(1))
                    .andExpect(jsonPath("$.items[0].id").value(lacking));
            mvc.perform(get(token, "/api/v1/required-fields/completeness"))
                    .andExpect(jsonPath("$.items[?(@.ownerId=='" + owner.id() + "')].customers").value(hasItem(2)))
                    .andExpect(jsonPath("$.items[?(@.ownerId=='" + owner.id() + "')].complete").value(hasItem(1)))
                    .andExpect(jsonPath("$.items[?(@.ownerId=='" + owner.id() + "')].percent").value(hasItem(50)));
            mvc.perform(patch(token, "/api/v1/companies/{id}", "{\"version\":0,\"status\":\"customer\"}", lacking))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("representative"));
            mvc.perform(get(token, "/api/v1/companies/{id}", complete)).andExpect(status().isOk());
        } finally {
            jdbc.sql("delete from required_field").update();
        }
    }

    @Test
    void listsAreInFuriganaOrderNotKanjiOrder() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        String tag = unique("並び");
        createCompany(token, tag + " 渡辺工業", "ワタナベコウギョウ", "03-1111-2222");
        createCompany(token, tag + " 青木商店", "アオキショウテン", "03-1111-2223");
        createCompany(token, tag + " 加藤物産", "カトウブッサン", "03-1111-2224");
        String json = mvc.perform(get(token, "/api/v1/companies").param("q", tag))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(json, "$.items[*].nameKana"))
                .containsExactly("アオキショウテン", "カトウブッサン", "ワタナベコウギョウ");
    }

    @Test
    void newestFirstPagesFollowEachOtherWithoutRepeats() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        String tag = unique("新しい順");
        List<String> created = new java.util.ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            created.add(createCompany(token, tag + " " + i, "アタラシイ", "03-4444-000" + i));
        }
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = get(token, "/api/v1/companies").param("q", tag).param("sort", "created")
                    .param("desc", "true").param("limit", "1");
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            String json = mvc.perform(request).andReturn().getResponse().getContentAsString();
            seen.addAll(JsonPath.<List<String>>read(json, "$.items[*].id"));
            cursor = JsonPath.read(json, "$.nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactly(created.get(2), created.get(1), created.get(0));
    }

    @Test
    void rulesNameTheFieldAndNothingIsWritten() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        String name = unique("規則");
        mvc.perform(post(token, "/api/v1/companies", """
                        {"name":"%s","corporateNumber":"8000012050002","postalCode":"12-345","phone":"123",
                         "website":"not a site","status":"boss"}""".formatted(name)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(post(token, "/api/v1/companies", """
                        {"name":"%s","corporateNumber":"8000012050002","postalCode":"12-345","phone":"123",
                         "website":"not a site"}""".formatted(name)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field=='corporateNumber')].code").value(hasItem("CorporateNumber")))
                .andExpect(jsonPath("$.errors[?(@.field=='postalCode')].code").value(hasItem("PostalCode")))
                .andExpect(jsonPath("$.errors[?(@.field=='phone')].message")
                        .value(hasItem("電話番号は 03-1234-5678 のような電話番号を入力してください。")))
                .andExpect(jsonPath("$.errors[?(@.field=='website')].code").value(hasItem("Url")));
        assertThat(jdbc.sql("select count(*) from company where name = ?").param(name).query(Long.class).single()).isZero();
    }

    @Test
    void viewersReadButDoNotWriteAndStaleWritesAre409() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        String viewer = tokenFor(PermissionLevel.VIEWER);
        String id = createCompany(member, unique("権限"), "ケンゲン", "06-1234-5678");
        mvc.perform(get(viewer, "/api/v1/companies/{id}", id)).andExpect(status().isOk());
        mvc.perform(post(viewer, "/api/v1/companies", "{\"name\":\"閲覧者の会社\"}")).andExpect(status().isForbidden());
        mvc.perform(patch(member, "/api/v1/companies/{id}", "{\"version\":0,\"status\":\"former\"}", id))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("former"))
                .andExpect(jsonPath("$.tags[0]").value("重要"));
        mvc.perform(patch(member, "/api/v1/companies/{id}", "{\"version\":0,\"status\":\"customer\"}", id))
                .andExpect(status().isConflict());
    }

    @Test
    void filtersCombineWithAnd() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        String tag = unique("条件");
        String customer = createCompany(token, tag + " 取引中", "ジョウケン", "03-2222-0001");
        String prospect = JsonPath.read(mvc.perform(post(token, "/api/v1/companies",
                "{\"name\":\"" + tag + " 見込み\",\"status\":\"prospect\"}")).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get(token, "/api/v1/companies").param("q", tag).param("filter[status]", "prospect"))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(prospect));
        mvc.perform(get(token, "/api/v1/companies").param("q", tag).param("filter[status]", "customer")
                        .param("filter[tag]", "重要"))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(customer));
        mvc.perform(get(token, "/api/v1/companies").param("filter[status]", "nope"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("filter[status]"));
    }

    @Test
    void aContactWhoMovesKeepsTheirHistory() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        String from = createCompany(token, unique("旧勤務先"), "キュウ", "03-3333-0001");
        String to = createCompany(token, unique("新勤務先"), "シン", "03-3333-0002");
        String contact = JsonPath.read(mvc.perform(post(token, "/api/v1/contacts", """
                        {"companyId":"%s","name":"佐藤 花子","nameKana":"さとう はなこ","mobile":"090-1111-2222",
                         "email":"Hanako.Sato@Example.JP","primary":true}""".formatted(from)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value("hanako.sato@example.jp"))
                .andExpect(jsonPath("$.mobileDisplay").value("090-1111-2222"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(patch(token, "/api/v1/contacts/{id}", "{\"version\":0,\"companyId\":\"" + to + "\"}", contact))
                .andExpect(status().isOk()).andExpect(jsonPath("$.companyId").value(to));
        mvc.perform(get(token, "/api/v1/companies/{id}/contacts", to))
                .andExpect(jsonPath("$.items[0].name").value("佐藤 花子"));
        assertThat(jdbc.sql("select count(*) from contact_move where contact_id = cast(? as uuid)").param(contact)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'contact.moved' and object_id = ?")
                .param(contact).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void postalCodesComeFromTheBundledJapanPostData() throws Exception {
        String token = tokenFor(PermissionLevel.VIEWER);
        mvc.perform(get(token, "/api/v1/postal-codes/{code}", "100-0005"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("1000005"))
                .andExpect(jsonPath("$.items[0].prefecture").value("東京都"))
                .andExpect(jsonPath("$.items[0].city").value("千代田区"))
                .andExpect(jsonPath("$.items[0].town").value("丸の内"));
        mvc.perform(get(token, "/api/v1/postal-codes/{code}", "0000000")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from postal_code").query(Long.class).single()).isGreaterThan(140_000);
    }
}
