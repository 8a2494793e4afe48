package dev.kizuna.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The duplicates and merge pages for people: both languages, who sees the button, who may post. */
class MergePagesTest extends ApiTestBase {

    private Cookie signIn(TestAccounts.Account account) throws Exception {
        return mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    private String create(String token, String path, String json) throws Exception {
        return JsonPath.read(mvc.perform(post(token, path, json)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    private static MockHttpServletRequestBuilder mergeForm(String keep, String gone) {
        return MockMvcRequestBuilders.post("/customers/merge").param("keep", keep).param("merge", gone)
                .param("keepVersion", "0").param("mergeVersion", "0").param("confirmed", "true")
                .param("take.name", "merge");
    }

    @Test
    void everyMergePageRendersInBothLanguages() throws Exception {
        var manager = accounts.create(PermissionLevel.MANAGER);
        String token = accounts.token(manager);
        String phone = CustomerMergeTest.randomPhone();
        String keep = create(token, "/api/v1/companies", "{\"name\":\"" + unique("表示統合A") + "\",\"phone\":\"" + phone + "\",\"tags\":[\"重要\"]}");
        String gone = create(token, "/api/v1/companies", "{\"name\":\"" + unique("表示統合B") + "\",\"phone\":\"" + phone + "\",\"birthday\":\"1980-04-01\",\"annualRevenue\":{\"amount\":1200000,\"currency\":\"JPY\"}}");
        String one = create(token, "/api/v1/contacts", "{\"companyId\":\"" + keep + "\",\"name\":\"表示 一\",\"mobile\":\"" + phone + "\",\"primary\":true}");
        String two = create(token, "/api/v1/contacts", "{\"companyId\":\"" + gone + "\",\"name\":\"表示 二\",\"phone\":\"" + phone + "\"}");
        for (String lang : List.of("ja", "en")) {
            jdbc.sql("update app_user set locale = ? where id = ?").params(lang, manager.id()).update();
            Cookie session = signIn(manager);
            for (String path : List.of("/customers/duplicates", "/customers/duplicates?type=contacts",
                    "/customers/merge?keep=" + keep + "&merge=" + gone, "/contacts/merge?keep=" + one + "&merge=" + two)) {
                mvc.perform(MockMvcRequestBuilders.get(path).cookie(session))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("lang=\"" + lang + "\"")))
                        .andExpect(content().string(containsString(path.contains("/merge") ? "data-testid=\"merge\"" : "data-testid=\"compare\"")))
                        .andExpect(content().string(not(containsString("??"))));
            }
        }
        mvc.perform(MockMvcRequestBuilders.get("/customers/merge").param("keep", keep).param("merge", gone)
                        .cookie(signIn(manager)))
                .andExpect(content().string(containsString("Merging cannot be undone. It is recorded in the audit log.")))
                .andExpect(content().string(containsString("1 contact moves")));
    }

    @Test
    void aMemberSeesNoMergeButtonAndTheirPostIsRefused() throws Exception {
        var member = accounts.create(PermissionLevel.MEMBER);
        String token = accounts.token(member);
        String phone = CustomerMergeTest.randomPhone();
        String keep = create(token, "/api/v1/companies", "{\"name\":\"" + unique("権限画面A") + "\",\"phone\":\"" + phone + "\"}");
        String gone = create(token, "/api/v1/companies", "{\"name\":\"" + unique("権限画面B") + "\",\"phone\":\"" + phone + "\"}");
        Cookie session = signIn(member);
        mvc.perform(MockMvcRequestBuilders.get("/customers/merge").param("keep", keep).param("merge", gone).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"merge\""))))
                .andExpect(content().string(containsString("統合できるのはマネージャーと管理者だけです。")));
        mvc.perform(mergeForm(keep, gone).cookie(session).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get(token, "/api/v1/companies/{id}", gone)).andExpect(status().isOk());
    }

    @Test
    void theMergeFormNeedsItsCsrfTokenAndThenRedirectsToTheSurvivor() throws Exception {
        var manager = accounts.create(PermissionLevel.MANAGER);
        String token = accounts.token(manager);
        String phone = CustomerMergeTest.randomPhone();
        String goneName = unique("画面統合B");
        String keep = create(token, "/api/v1/companies", "{\"name\":\"" + unique("画面統合A") + "\",\"phone\":\"" + phone + "\"}");
        String gone = create(token, "/api/v1/companies", "{\"name\":\"" + goneName + "\",\"phone\":\"" + phone + "\"}");
        Cookie session = signIn(manager);
        mvc.perform(mergeForm(keep, gone).cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get(token, "/api/v1/companies/{id}", gone)).andExpect(status().isOk());
        mvc.perform(mergeForm(keep, gone).cookie(session).with(csrf())).andExpect(redirectedUrl("/customers/" + keep));
        String name = JsonPath.read(mvc.perform(get(token, "/api/v1/companies/{id}", keep))
                .andReturn().getResponse().getContentAsString(), "$.name");
        assertThat(name).isEqualTo(goneName);
        mvc.perform(get(token, "/api/v1/companies/{id}", gone)).andExpect(status().isNotFound());
    }
}
