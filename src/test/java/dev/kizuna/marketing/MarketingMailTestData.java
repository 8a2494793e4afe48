package dev.kizuna.marketing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import jakarta.mail.internet.MimeMessage;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The customers, templates and segments the mail tests make through the API, each with the test's own tag. */
record MarketingMailTestData(MockMvc mvc, JdbcClient jdbc, String token, String tag) {

    /** Signs the account in on the web in {@code language}; the session cookie. */
    Cookie signIn(TestAccounts.Account account, String language) throws Exception {
        jdbc.sql("update app_user set locale = ? where id = ?").params(language, account.id()).update();
        return mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    /** A form post of the signed-in session, with its CSRF token. */
    static MockHttpServletRequestBuilder form(Cookie session, String path) {
        return MockMvcRequestBuilders.post(path).cookie(session).with(csrf());
    }

    MockHttpServletRequestBuilder post(String path, String json) {
        return MockMvcRequestBuilders.post(path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    String create(String path, String json) throws Exception {
        String body = mvc.perform(post(path, json)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    /** An individual customer with an address of its own, in this test's tag; {@code optIn} accepts e-mail. */
    UUID customer(String name, String email, boolean optIn) throws Exception {
        return UUID.fromString(create("/api/v1/companies", "{\"kind\":\"individual\",\"name\":\"" + name + "-" + tag
                + "\",\"email\":\"" + email + "\",\"emailOptIn\":" + optIn + ",\"tags\":[\"" + tag + "\"]}"));
    }

    String template(String subject, String body) throws Exception {
        return create("/api/v1/email-templates", "{\"name\":\"" + subject + "-" + tag + "\",\"subject\":\"" + subject
                + "\",\"bodyText\":\"" + body + "\",\"bodyHtml\":\"<p>" + body + "</p>\"}");
    }

    String segmentOfTag() throws Exception {
        return create("/api/v1/segments", "{\"name\":\"" + tag + "\",\"conditions\":[{\"field\":\"tags\",\"op\":\"any\","
                + "\"value\":[\"" + tag + "\"]}]}");
    }

    void mailSettings(int perMinute, int attempts) {
        jdbc.sql("update marketing_setting set sender_name = '株式会社シミウス', sender_address = '福岡県福岡市中央区天神1-1-1',"
                + " mails_per_minute = ?, max_attempts = ? where id = 1").params(perMinute, attempts).update();
    }

    /** Waits (at most 20 s) until none of the customers' mails is queued or being sent. */
    void drained(List<UUID> customers, Runnable send) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            send.run();
            long open = jdbc.sql("select count(*) from marketing_mail where company_id = any(?)"
                    + " and status in ('queued', 'sending') and next_attempt_at <= now()")
                    .param(customers.toArray(UUID[]::new)).query(Long.class).single();
            if (open == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("mail still waiting after 20 s: " + jdbc.sql("select status || ' ' || attempts || ' '"
                + " || last_error from marketing_mail where company_id = any(?)")
                .param(customers.toArray(UUID[]::new)).query(String.class).list());
    }

    static List<String> recipients(MimeMessage[] received) {
        return java.util.Arrays.stream(received).map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
