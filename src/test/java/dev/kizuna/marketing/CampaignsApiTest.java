package dev.kizuna.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * /api/v1/email-templates and /api/v1/campaigns: a template with an unknown merge field is refused naming it; a
 * preview fills the fields for a real customer; a scheduled campaign is what inventory sees through
 * {@link CampaignCatalog} (id, name, the day in Tokyo).
 */
class CampaignsApiTest extends ApiTestBase {

    @Autowired
    CampaignCatalog catalog;

    private String member;

    @BeforeEach
    void fixture() {
        member = tokenFor(PermissionLevel.MEMBER);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String read(MockHttpServletRequestBuilder request, String path) throws Exception {
        String body = mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(body, path).toString();
    }

    @Test
    void aTemplateWithAnUnknownMergeFieldIsRefusedAndAPreviewFillsTheKnownOnes() throws Exception {
        mvc.perform(post(member, "/api/v1/email-templates", "{\"name\":\"誤り\",\"subject\":\"{{氏名}}様へ\","
                        + "\"bodyText\":\"{{お名前}}様、こんにちは\"}").header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("bodyText"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("お名前")));

        String company = read(post(member, "/api/v1/companies", "{\"kind\":\"individual\",\"name\":\"" + unique("差込 花子")
                + "\"}"), "$.id");
        String template = read(post(member, "/api/v1/email-templates", "{\"name\":\"" + unique("お礼") + "\","
                + "\"subject\":\"{{氏名}}様、ありがとうございます\",\"bodyText\":\"{{氏名}}様\\n{{Fステージ}}\","
                + "\"bodyHtml\":\"<p>{{ 氏名 }}様</p>\"}"), "$.id");
        mvc.perform(get(member, "/api/v1/email-templates/" + template + "/preview?companyId=" + company))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value(Matchers.startsWith("差込 花子")))
                .andExpect(jsonPath("$.text").value(Matchers.containsString("F0")))
                .andExpect(jsonPath("$.html").value(Matchers.startsWith("<p>差込 花子")));
    }

    @Test
    void aScheduledCampaignIsListedAndFoundThroughTheCatalog() throws Exception {
        String template = read(post(member, "/api/v1/email-templates", "{\"name\":\"" + unique("冬") + "\","
                + "\"subject\":\"冬のご案内\",\"bodyText\":\"{{氏名}}様\"}"), "$.id");
        String segment = read(post(member, "/api/v1/segments", "{\"name\":\"" + unique("F2") + "\",\"conditions\":"
                + "[{\"field\":\"fStage\",\"op\":\"gte\",\"value\":2}]}"), "$.id");
        OffsetDateTime at = OffsetDateTime.of(2031, 12, 24, 23, 30, 0, 0, ZoneOffset.UTC); // 12-25 08:30 in Tokyo
        String name = unique("冬のキャンペーン");
        String id = read(post(member, "/api/v1/campaigns", "{\"name\":\"" + name + "\",\"templateId\":\"" + template
                + "\",\"segmentId\":\"" + segment + "\",\"scheduledAt\":\"" + at + "\"}"), "$.id");
        mvc.perform(get(member, "/api/v1/campaigns/" + id)).andExpect(jsonPath("$.status").value("scheduled"));
        mvc.perform(post(member, "/api/v1/campaigns", "{\"name\":\"過去\",\"templateId\":\"" + template
                        + "\",\"segmentId\":\"" + segment + "\",\"scheduledAt\":\"2020-01-01T00:00:00+09:00\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("scheduledAt"));

        accounts.signInForService(accounts.create(PermissionLevel.VIEWER));
        CampaignSummary found = catalog.find(UUID.fromString(id)).orElseThrow();
        assertThat(found).isEqualTo(new CampaignSummary(UUID.fromString(id), name, LocalDate.of(2031, 12, 25),
                "scheduled"));
        assertThat(catalog.list()).contains(found);
        assertThat(catalog.find(UUID.randomUUID())).isEmpty();
    }
}
