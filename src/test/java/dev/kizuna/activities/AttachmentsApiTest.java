package dev.kizuna.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** A photo of a delivery note or a PDF on an activity: stored, listed, read back byte for byte; only allowed files. */
class AttachmentsApiTest extends ApiTestBase {

    @Test
    void aPdfIsStoredOnTheActivityAndReadBackAsItWas() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        String company = JsonPath.read(mvc.perform(post(member, "/api/v1/companies",
                "{\"name\":\"" + unique("添付テスト") + "\",\"status\":\"customer\"}")).andReturn().getResponse()
                .getContentAsString(), "$.id");
        String activity = JsonPath.read(mvc.perform(post(member, "/api/v1/activities",
                        "{\"companyId\":\"%s\",\"kind\":\"note\",\"details\":\"納品書を受領\"}".formatted(company)))
                .andReturn().getResponse().getContentAsString(), "$.id");
        byte[] pdf = "%PDF-1.4\n納品書 2026-11-23\n%%EOF".getBytes(StandardCharsets.UTF_8);
        String added = mvc.perform(multipart("/api/v1/activities/{id}/attachments", activity)
                        .file(new MockMultipartFile("file", "納品書.pdf", "application/pdf", pdf))
                        .header("Authorization", "Bearer " + member))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("納品書.pdf"))
                .andExpect(jsonPath("$.sizeBytes").value(pdf.length))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(added, "$.id");
        mvc.perform(get(member, "/api/v1/activities/{id}/attachments", activity))
                .andExpect(jsonPath("$.items[0].id").value(id));
        byte[] read = mvc.perform(get(tokenFor(PermissionLevel.VIEWER), "/api/v1/attachments/{id}/content", id))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(read).isEqualTo(pdf);
        mvc.perform(get(member, "/api/v1/companies/{id}/timeline", company))
                .andExpect(jsonPath("$.items[0].attachments").value(1));

        mvc.perform(multipart("/api/v1/activities/{id}/attachments", activity)
                        .file(new MockMultipartFile("file", "script.html", "text/html", "<script>".getBytes()))
                        .header("Authorization", "Bearer " + member).header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("attachments"))
                .andExpect(jsonPath("$.errors[0].code").value("FileType"));
        mvc.perform(multipart("/api/v1/activities/{id}/attachments", activity)
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
                        .header("Authorization", "Bearer " + tokenFor(PermissionLevel.MEMBER)))
                .andExpect(status().isForbidden());
        mvc.perform(get(member, "/api/v1/attachments/{id}/content", UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/activities/{id}/attachments", activity)
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", new byte[11 * 1024 * 1024]))
                        .header("Authorization", "Bearer " + member))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("FileSize"));
    }
}
