package dev.kizuna.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.api.Problems;
import dev.kizuna.platform.web.Flash;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue 14: a customer with business records is never deleted (nor are its records, through a cascade); the API
 * answers 409 naming what holds it, the page says so, and setting the status to 過去の取引先 still works.
 */
class DeletingHeldCustomersTest extends CustomerRecordsTestBase {

    @Autowired
    MessageSource messages;
    @Autowired
    Problems problems;

    @Test
    void deletingACustomerWithAnOrderIsRefusedNamingWhatHoldsItAndNothingIsLost() throws Exception {
        UUID company = company("小川 智子");
        String order = wonOrder(company, "定期便の提案");

        mvc.perform(delete(manager, "/api/v1/companies/{id}", company).header("Accept-Language", "ja"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:kizuna:problem:in-use"))
                .andExpect(jsonPath("$.errors[0].field").value("ids"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("受注 1件"), org.hamcrest.Matchers.containsString("商談 1件"),
                        org.hamcrest.Matchers.containsString("削除できません"),
                        org.hamcrest.Matchers.containsString("過去の取引先"))));
        mvc.perform(delete(manager, "/api/v1/companies/{id}", company).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("1 order(s)")));
        mvc.perform(post(manager, "/api/v1/companies/bulk-actions",
                        "{\"action\":\"delete\",\"ids\":[\"" + company + "\"]}"))
                .andExpect(status().isConflict());

        mvc.perform(get(manager, "/api/v1/orders/" + order)).andExpect(status().isOk());
        mvc.perform(patch(manager, "/api/v1/companies/{id}", "{\"version\":" + version("/api/v1/companies/" + company)
                + ",\"status\":\"former\"}", company)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("former"));
    }

    @Test
    void aPathThatSkipsTheCheckCannotTakeAnOrderAlongEither() throws Exception {
        UUID company = company("大和精工");
        String order = wonOrder(company, "印刷物の受注");

        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.springframework.dao.DataIntegrityViolationException.class,
                () -> jdbc.sql("delete from company where id = ?").param(company).update());

        assertThat(refused).as("the foreign keys restrict").isNotNull();
        assertThat(problems.from(refused, null).status()).isEqualTo(409);
        assertThat(problems.from(refused, null).type()).isEqualTo("urn:kizuna:problem:in-use");
        mvc.perform(get(manager, "/api/v1/orders/" + order)).andExpect(status().isOk());
    }

    @Test
    void aCustomerWithoutBusinessRecordsIsStillDeleted() throws Exception {
        UUID company = company("間違えて登録した顧客");
        create("/api/v1/contacts", "{\"companyId\":\"" + company + "\",\"name\":\"誤登録 太郎\"}");
        mvc.perform(delete(manager, "/api/v1/companies/{id}", company)).andExpect(status().isNoContent());
        mvc.perform(get(manager, "/api/v1/companies/{id}", company)).andExpect(status().isNotFound());
    }

    @Test
    void theDeletePageSaysWhyNothingWasDeleted() throws Exception {
        UUID company = company("さくら精機");
        wonOrder(company, "印刷物の受注");
        var account = accounts.create(PermissionLevel.MANAGER);
        Cookie session = mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");

        String confirmation = mvc.perform(MockMvcRequestBuilders.get("/customers/delete").param("ids", company.toString())
                        .cookie(session).header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirmation).contains("data-testid=\"held\"", "受注 1件", "商談 1件", "過去の取引先")
                .doesNotContain("data-testid=\"confirm-delete\"");

        var result = mvc.perform(MockMvcRequestBuilders.post("/customers/delete").param("ids", company.toString())
                        .cookie(session).with(csrf()).header("Accept-Language", "ja"))
                .andExpect(status().is3xxRedirection()).andReturn();

        Flash flash = (Flash) result.getFlashMap().get("flash");
        assertThat(flash.kind()).isEqualTo("warning");
        String shown = messages.getMessage(flash.key(), flash.args(), java.util.Locale.JAPANESE);
        assertThat(shown).contains("受注 1件", "商談 1件", "削除できません");
        mvc.perform(get(manager, "/api/v1/companies/{id}", company)).andExpect(status().isOk());
    }
}
