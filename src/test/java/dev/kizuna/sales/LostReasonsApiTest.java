package dev.kizuna.sales;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;

/** PATCH /api/v1/lost-reasons/{id}: administrators only, even when nothing would change; the name is applied. */
class LostReasonsApiTest extends ApiTestBase {

    @Test
    void onlyAdministratorsChangeALostReasonAndItsNameIsApplied() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String id = JsonPath.read(mvc.perform(post(admin, "/api/v1/lost-reasons", "{\"name\":\"" + unique("予算不足") + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        for (PermissionLevel level : new PermissionLevel[] {PermissionLevel.VIEWER, PermissionLevel.MEMBER,
                PermissionLevel.MANAGER}) {
            mvc.perform(patch(tokenFor(level), "/api/v1/lost-reasons/{id}", "{\"version\":0,\"retired\":false}", id))
                    .andExpect(status().isForbidden());
        }
        String renamed = unique("価格で他社に決定");
        mvc.perform(patch(admin, "/api/v1/lost-reasons/{id}", "{\"version\":0,\"name\":\"" + renamed
                        + "\",\"nameEn\":\"Lost on price\"}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(renamed))
                .andExpect(jsonPath("$.nameEn").value("Lost on price"))
                .andExpect(jsonPath("$.retired").value(false))
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(patch(admin, "/api/v1/lost-reasons/{id}", "{\"version\":1,\"retired\":true}", id))
                .andExpect(jsonPath("$.name").value(renamed)).andExpect(jsonPath("$.retired").value(true));
        mvc.perform(patch(admin, "/api/v1/lost-reasons/{id}", "{\"version\":1,\"name\":\"古い版\"}", id))
                .andExpect(status().isConflict());
        mvc.perform(patch(admin, "/api/v1/lost-reasons/{id}", "{\"version\":2,\"name\":\" \"}", id))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("name"));
    }
}
