package dev.kizuna.dataio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.table.FileFormats;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The import and export pages in both languages, the mapping form, the htmx progress fragment and permissions. */
class DataioPagesTest extends ApiTestBase {

    private Cookie signIn(TestAccounts.Account account) throws Exception {
        return mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void theImportAndExportPagesWorkInBothLanguages() throws Exception {
        var member = accounts.create(PermissionLevel.MANAGER);
        for (String lang : List.of("ja", "en")) {
            jdbc.sql("update app_user set locale = ? where id = ?").params(lang, member.id()).update();
            Cookie session = signIn(member);
            String csv = "会社名,電話番号,誕生日\r\n画面" + UUID.randomUUID() + ",03-1111-0000,2024/13/1\r\n";
            String location = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "画面.csv", "text/csv",
                            csv.getBytes(FileFormats.CP932))).cookie(session).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            assertThat(location).startsWith("/imports/");
            for (String path : List.of("/imports", location, "/exports", "/exports?query=filter%5Bstatus%5D%3Dcustomer")) {
                mvc.perform(MockMvcRequestBuilders.get(path).cookie(session))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("lang=\"" + lang + "\"")))
                        .andExpect(content().string(not(containsString("??"))));
            }
            mvc.perform(MockMvcRequestBuilders.get(location).cookie(session))
                    .andExpect(content().string(containsString("value=\"phone\" selected")))
                    .andExpect(content().string(containsString("value=\"birthday\" selected")));
            mvc.perform(MockMvcRequestBuilders.post(location + "/mapping").cookie(session).with(csrf())
                            .param("target", "name", "phone", "birthday").param("mode", "insert").param("charset", "auto")
                            .param("action", "dryRun"))
                    .andExpect(redirectedUrl(location));
            long end = System.nanoTime() + 30_000_000_000L;
            String fragment;
            do {
                Thread.sleep(100);
                fragment = mvc.perform(MockMvcRequestBuilders.get(location + "/progress").cookie(session)
                        .header("HX-Request", "true")).andExpect(status().isOk()).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
            } while (fragment.contains("hx-trigger=\"every 1s\"") && System.nanoTime() < end);
            assertThat(fragment).contains("data-testid=\"progress-bar\"").contains("data-testid=\"errors-csv\"")
                    .doesNotContain("<html");
            mvc.perform(MockMvcRequestBuilders.get(location).cookie(session))
                    .andExpect(content().string(containsString(lang.equals("ja") ? "2行目" : "Row 2")))
                    .andExpect(content().string(containsString(lang.equals("ja") ? "日付として読めません" : "not a date")));
            mvc.perform(MockMvcRequestBuilders.get(location + "/errors.csv").param("pass", "dry").cookie(session))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", containsString("text/csv")));
            mvc.perform(MockMvcRequestBuilders.post("/exports").cookie(session).with(csrf())
                            .param("objectType", "company").param("format", "xlsx").param("query", "filter[status]=customer"))
                    .andExpect(redirectedUrl("/exports"));
        }
    }

    @Test
    void aViewerSeesNoImportPageAndCannotUpload() throws Exception {
        Cookie session = signIn(accounts.create(PermissionLevel.VIEWER));
        mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "x.csv", "text/csv",
                        "会社名\r\nx\r\n".getBytes(StandardCharsets.UTF_8))).cookie(session).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/").cookie(session))
                .andExpect(content().string(not(containsString("href=\"/imports\""))))
                .andExpect(content().string(containsString("href=\"/exports\"")));
    }
}
