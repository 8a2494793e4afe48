package dev.kizuna.marketing;

import static dev.kizuna.marketing.MarketingMailTestData.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.SearchTags;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The e-mail marketing pages: segments, templates, campaigns, step e-mails and the sending settings. A form with an
 * error keeps what was typed; the segment editor counts as conditions are typed; a viewer cannot open or post a form
 * (403); the question before sending counts only the customers who accept e-mail; deleting asks first and is audited.
 */
class MailMarketingPagesTest extends ApiTestBase {

    private TestAccounts.Account member;
    private MarketingMailTestData data;
    private UUID optedIn;

    @BeforeEach
    void fixture() throws Exception {
        member = accounts.create(PermissionLevel.MEMBER);
        data = new MarketingMailTestData(mvc, jdbc, accounts.token(member), SearchTags.next());
        optedIn = data.customer("配信 花子", data.tag() + "-a@example.jp", true);
        data.customer("配信 次郎", data.tag() + "-b@example.jp", true);
        data.customer("停止 三郎", data.tag() + "-c@example.jp", false);
    }

    private String tagCondition(MockHttpServletRequestBuilder request) {
        request.param("cf", "tags", "").param("co", "any", "eq").param("cv", data.tag(), "");
        return data.tag();
    }

    @Test
    void theSegmentEditorKeepsWhatWasTypedCountsLiveAndSaves() throws Exception {
        Cookie en = data.signIn(member, "en");
        var blankName = form(en, "/marketing/segments/new").param("name", "").param("description", "秋の保湿");
        tagCondition(blankName);
        mvc.perform(blankName).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"form-errors\"")))
                .andExpect(content().string(containsString("value=\"" + data.tag() + "\"")))
                .andExpect(content().string(containsString(">秋の保湿</textarea>")));
        var badValue = form(en, "/marketing/segments/new").param("name", "x").param("cf", "fStage")
                .param("co", "gte").param("cv", "9");
        mvc.perform(badValue).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"conditions[0].value-error\"")));
        var preview = form(en, "/marketing/segments/preview");
        tagCondition(preview);
        mvc.perform(preview).andExpect(status().isOk())
                .andExpect(content().string(containsString("3 customer(s), 2 of them accept e-mail")))
                .andExpect(content().string(containsString("配信 花子-" + data.tag())));
        var save = form(en, "/marketing/segments/new").param("name", "定期便 F2 " + data.tag());
        tagCondition(save);
        String location = mvc.perform(save).andExpect(redirectedUrlPattern("/marketing/segments/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(MockMvcRequestBuilders.get("/marketing/segments").cookie(en).param("q", data.tag().toUpperCase())
                .param("sort", "updated"))
                .andExpect(content().string(containsString(location + "\"")))
                .andExpect(content().string(containsString("定期便 F2 " + data.tag())));
        mvc.perform(MockMvcRequestBuilders.get("/marketing/segments").cookie(en).param("q", data.tag() + "zz"))
                .andExpect(content().string(not(containsString(location + "\""))));
        mvc.perform(MockMvcRequestBuilders.get(location).cookie(en))
                .andExpect(content().string(containsString("data-confirm=\"Delete the segment")));
        mvc.perform(form(en, location + "/delete")).andExpect(redirectedUrl("/marketing/segments"));
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'segment.deleted' and object_id = ?")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theTemplateEditorKeepsTheTextOnAnUnknownMergeFieldAndPreviewsItForACustomer() throws Exception {
        Cookie ja = data.signIn(member, "ja");
        mvc.perform(form(ja, "/marketing/templates/new").param("name", "秋の保湿 " + data.tag())
                .param("subject", "{{ニックネーム}}さまへ").param("bodyText", "いつもありがとうございます。{{氏名}}さま")
                .param("bodyHtml", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"form-errors\"")))
                .andExpect(content().string(containsString("ニックネーム")))
                .andExpect(content().string(containsString(">いつもありがとうございます。{{氏名}}さま</textarea>")));
        mvc.perform(form(ja, "/marketing/templates/preview").param("subject", "{{氏名}}さま、秋の保湿のご案内")
                .param("bodyText", "{{氏名}}さま\n定期便のご案内です。").param("bodyHtml", "<p>{{氏名}}さま</p>")
                .param("sampleId", optedIn.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("配信 花子-" + data.tag() + "さま、秋の保湿のご案内")))
                .andExpect(content().string(containsString("data-testid=\"preview-html\"")));
        mvc.perform(form(ja, "/marketing/templates/new").param("name", "秋の保湿 " + data.tag())
                .param("subject", "{{氏名}}さまへ").param("bodyText", "本文").param("bodyHtml", ""))
                .andExpect(redirectedUrlPattern("/marketing/templates/*"));
        // an English reader sees and writes the fields by their English names, and is told them in English
        Cookie en = data.signIn(member, "en");
        mvc.perform(MockMvcRequestBuilders.get("/marketing/templates/new").cookie(en))
                .andExpect(content().string(containsString("{{name}}")))
                .andExpect(content().string(not(containsString("{{氏名}}"))));
        mvc.perform(form(en, "/marketing/templates/new").param("name", "Autumn care " + data.tag())
                .param("subject", "Dear {{nickname}}").param("bodyText", "Dear {{name}} of {{company}}")
                .param("bodyHtml", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Merge fields: name, company, nextDelivery")));
        mvc.perform(form(en, "/marketing/templates/new").param("name", "Autumn care " + data.tag())
                .param("subject", "Dear {{name}}").param("bodyText", "Dear {{name}} of {{company}}")
                .param("bodyHtml", ""))
                .andExpect(redirectedUrlPattern("/marketing/templates/*"));
    }

    @Test
    void aViewerCannotOpenOrPostTheFormsAndOnlyAdministratorsSeeTheSendingSettings() throws Exception {
        String campaign = campaign();
        Cookie viewer = data.signIn(accounts.create(PermissionLevel.VIEWER), "ja");
        for (String path : List.of("/marketing/segments/new", "/marketing/templates/new", "/marketing/campaigns/new",
                "/marketing/campaigns/" + campaign + "/send", "/marketing/settings")) {
            mvc.perform(MockMvcRequestBuilders.get(path).cookie(viewer)).andExpect(status().isForbidden());
        }
        var segment = form(viewer, "/marketing/segments/new").param("name", "x");
        tagCondition(segment);
        mvc.perform(segment).andExpect(status().isForbidden());
        mvc.perform(form(viewer, "/marketing/templates/new").param("name", "x").param("subject", "s")
                .param("bodyText", "b")).andExpect(status().isForbidden());
        mvc.perform(form(viewer, "/marketing/campaigns/" + campaign + "/send").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(form(viewer, "/marketing/campaigns/" + campaign + "/cancel").param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select status from campaign where id = ?").param(UUID.fromString(campaign))
                .query(String.class).single()).isEqualTo("draft");
        mvc.perform(MockMvcRequestBuilders.get("/marketing/campaigns/" + campaign).cookie(viewer))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("data-testid=\"send-campaign\""))));
        Cookie asMember = data.signIn(member, "ja");
        mvc.perform(MockMvcRequestBuilders.get("/marketing/settings").cookie(asMember)).andExpect(status().isForbidden());
        mvc.perform(form(asMember, "/marketing/settings").param("version", "0").param("senderName", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theQuestionBeforeSendingCountsOnlyCustomersWhoAcceptEmailAndCancellingIsAudited() throws Exception {
        String campaign = campaign();
        Cookie en = data.signIn(member, "en");
        mvc.perform(MockMvcRequestBuilders.get("/marketing/campaigns/" + campaign + "/send").cookie(en))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("It will go to 2 customer(s) who accept e-mail.")))
                .andExpect(content().string(containsString("Of the 3 customer(s) in the segment, 1 do not")))
                .andExpect(content().string(containsString("Send to 2")));
        mvc.perform(MockMvcRequestBuilders.get("/marketing/campaigns/" + campaign).cookie(en))
                .andExpect(content().string(containsString("data-confirm=\"Cancel the campaign")));
        mvc.perform(form(en, "/marketing/campaigns/" + campaign + "/cancel").param("version", "0"))
                .andExpect(redirectedUrl("/marketing/campaigns/" + campaign));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'campaign.cancelled' and object_id = ?")
                .param(campaign).query(Long.class).single()).isEqualTo(1);
        String second = campaign();
        mvc.perform(form(en, "/marketing/campaigns/" + second + "/send").param("version", "0"))
                .andExpect(redirectedUrl("/marketing/campaigns/" + second));
        assertThat(jdbc.sql("select count(*) from marketing_mail where campaign_id = ?").param(UUID.fromString(second))
                .query(Long.class).single()).isEqualTo(2);
        mvc.perform(MockMvcRequestBuilders.get("/marketing/campaigns/" + second + "/progress").cookie(en))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"progress-sent\"")));
    }

    @Test
    void everyPageRendersInBothLanguages() throws Exception {
        String campaign = campaign();
        String template = jdbc.sql("select template_id from campaign where id = ?").param(UUID.fromString(campaign))
                .query(String.class).single();
        String segment = jdbc.sql("select segment_id from campaign where id = ?").param(UUID.fromString(campaign))
                .query(String.class).single();
        String sequence = data.create("/api/v1/sequences", "{\"name\":\"初回購入フォロー " + data.tag()
                + "\",\"trigger\":\"no_order\",\"triggerDays\":60,\"segmentId\":\"" + segment + "\",\"steps\":["
                + "{\"delayDays\":3,\"businessDays\":true,\"templateId\":\"" + template + "\"}]}");
        TestAccounts.Account admin = accounts.create(PermissionLevel.ADMIN);
        for (String language : List.of("ja", "en")) {
            Cookie session = data.signIn(admin, language);
            for (String path : List.of("/marketing/campaigns", "/marketing/campaigns?status=draft",
                    "/marketing/campaigns/new", "/marketing/campaigns/" + campaign,
                    "/marketing/campaigns/" + campaign + "/send", "/marketing/segments", "/marketing/segments/new",
                    "/marketing/segments/" + segment, "/marketing/segments/" + segment + "/count",
                    "/marketing/templates", "/marketing/templates/new", "/marketing/templates/" + template,
                    "/marketing/sequences", "/marketing/sequences/" + sequence, "/marketing/settings",
                    "/marketing/print-lists", "/marketing/print-lists?month=2&segmentId=" + segment)) {
                mvc.perform(MockMvcRequestBuilders.get(path).cookie(session)).andExpect(status().isOk())
                        .andExpect(content().string(not(containsString("??"))));
            }
            mvc.perform(MockMvcRequestBuilders.get("/marketing").cookie(session))
                    .andExpect(redirectedUrl("/marketing/campaigns"));
        }
    }

    @Test
    void anAdministratorChangesTheSendingSettingsAndABadThrottleKeepsTheForm() throws Exception {
        TestAccounts.Account admin = accounts.create(PermissionLevel.ADMIN);
        Cookie ja = data.signIn(admin, "ja");
        long version = jdbc.sql("select version from marketing_setting where id = 1").query(Long.class).single();
        mvc.perform(form(ja, "/marketing/settings").param("version", String.valueOf(version))
                .param("senderName", "株式会社シミウス " + data.tag()).param("senderAddress", "福岡県福岡市中央区天神1-1-1")
                .param("mailsPerMinute", "0").param("maxAttempts", "5"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"form-errors\"")))
                .andExpect(content().string(containsString("value=\"株式会社シミウス " + data.tag() + "\"")));
        mvc.perform(form(ja, "/marketing/settings").param("version", String.valueOf(version))
                .param("senderName", "株式会社シミウス").param("senderAddress", "福岡県福岡市中央区天神1-1-1")
                .param("mailsPerMinute", "600").param("maxAttempts", "5"))
                .andExpect(redirectedUrl("/marketing/settings"));
        assertThat(jdbc.sql("select sender_name from marketing_setting where id = 1").query(String.class).single())
                .isEqualTo("株式会社シミウス");
    }

    @Test
    void thePrintListHasTheSegmentsPostalAddressesWithSamaLeavingOutPostalOptOutsAndIsAudited() throws Exception {
        String tag = data.tag();
        for (String[] c : List.of(new String[] {"宛名 一郎", "1000001", "false"}, new String[] {"宛名 二郎", "8100001", "true"},
                new String[] {"宛名 三郎", "", "false"})) {
            data.create("/api/v1/companies", "{\"kind\":\"individual\",\"name\":\"" + c[0] + " " + tag
                    + "\",\"postalCode\":\"" + c[1] + "\",\"prefecture\":\"東京都\",\"city\":\"千代田区\","
                    + "\"street\":\"千代田1-1\",\"building\":\"絆ビル3F\",\"birthday\":\"1990-07-15\",\"tags\":[\"" + tag
                    + "\"],\"postalOptOut\":" + c[2] + "}");
        }
        String segment = data.segmentOfTag();
        Cookie ja = data.signIn(member, "ja");
        mvc.perform(MockMvcRequestBuilders.get("/marketing/print-lists").cookie(ja).param("segmentId", segment))
                .andExpect(status().isOk()).andExpect(content().string(containsString(">1 件<")));
        String csv = mvc.perform(MockMvcRequestBuilders.get("/marketing/print-lists/download").cookie(ja)
                .param("segmentId", segment).param("format", "csv-utf8")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).containsExactly("\uFEFF郵便番号,住所,建物名,宛名",
                "100-0001,東京都千代田区千代田1-1,絆ビル3F,宛名 一郎 " + tag + " 様");
        String birthdays = mvc.perform(MockMvcRequestBuilders.get("/marketing/print-lists/download").cookie(ja)
                .param("month", "7")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(birthdays).contains("宛名 一郎 " + tag + " 様").doesNotContain("宛名 二郎 " + tag)
                .doesNotContain("宛名 三郎 " + tag);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'printList.taken' and object_id = ?")
                .param(segment).query(Long.class).single()).isEqualTo(1);
    }

    private String campaign() throws Exception {
        return data.create("/api/v1/campaigns", "{\"name\":\"秋の保湿キャンペーン " + data.tag() + "\",\"templateId\":\""
                + data.template("{{氏名}}さま、秋の保湿のご案内", "定期便のご案内です。") + "\",\"segmentId\":\""
                + data.segmentOfTag() + "\"}");
    }
}
