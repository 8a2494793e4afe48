package dev.kizuna.dataio;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Viewers see no import page and read nothing of an import: its preview and errors are the file's raw rows (issue 15). */
class ImportViewersTest extends ApiTestBase {

    @Test
    void viewersReadNoImportOnPagesOrApi() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        byte[] csv = ("会社名,電話番号\r\n" + unique("閲覧者に見せない") + ",03-1111-2222\r\n").getBytes(StandardCharsets.UTF_8);
        String id = JsonPath.read(mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "v.csv",
                        "text/csv", csv)).header("Authorization", "Bearer " + member))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String viewer = tokenFor(PermissionLevel.VIEWER);
        for (String path : new String[] {"/api/v1/imports", "/api/v1/imports/" + id, "/api/v1/imports/" + id + "/preview",
                "/api/v1/imports/" + id + "/errors", "/api/v1/imports/" + id + "/errors.csv"}) {
            mvc.perform(get(viewer, path)).andExpect(status().isForbidden());
            mvc.perform(get(member, path)).andExpect(status().isOk());
        }
        var account = accounts.create(PermissionLevel.VIEWER);
        Cookie session = mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andReturn().getResponse().getCookie("SESSION");
        for (String path : new String[] {"/imports", "/imports/" + id, "/imports/" + id + "/progress",
                "/imports/" + id + "/errors.csv"}) {
            mvc.perform(MockMvcRequestBuilders.get(path).cookie(session)).andExpect(status().isForbidden());
        }
    }
}
