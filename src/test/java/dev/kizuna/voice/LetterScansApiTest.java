package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.cards.TextReader;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.Postcards;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * /api/v1/letters/scans: a postcard's pictures are checked as card uploads are (a bad one refused naming its side, in
 * the caller's language, nothing kept), a rendered postcard's text comes back with its likely sender found by its
 * phone number and address, nothing is on the desk until a person adds the letter with the scan, and the pictures stay
 * with the letter when its customer is merged into another.
 */
class LetterScansApiTest extends ApiTestBase {

    @Autowired
    TextReader reader;

    private TestAccounts.Account member;
    private String token;

    @BeforeEach
    void member() {
        member = accounts.create(PermissionLevel.MEMBER);
        token = accounts.token(member);
    }

    private MockMultipartHttpServletRequestBuilder scan(String bearer, MockMultipartFile... files) {
        var request = multipart("/api/v1/letters/scans");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return (MockMultipartHttpServletRequestBuilder) request.header("Authorization", "Bearer " + bearer);
    }

    private static MockMultipartFile png(String part, String name, byte[] bytes) {
        return new MockMultipartFile(part, name, "image/png", bytes);
    }

    private long scansBy(TestAccounts.Account who) {
        return jdbc.sql("select count(*) from voice_letter_scan where created_by = ?").param(who.id())
                .query(Long.class).single();
    }

    @Test
    void badPicturesAreRefusedNamingTheirSideAndNothingIsKept() throws Exception {
        byte[] postcard = Postcards.across(List.of("いつもありがとうございます。"));
        mvc.perform(scan(token, new MockMultipartFile("front", "letter.txt", "image/png",
                        "いつもありがとうございます".getBytes(StandardCharsets.UTF_8))).header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("front"))
                .andExpect(jsonPath("$.errors[0].code").value("LetterScanNotAnImage"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("letter.txt")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("表面")));
        mvc.perform(scan(token, png("front", "front.png", postcard),
                        png("back", "back.png", Postcards.png(new BufferedImage(400, 600, BufferedImage.TYPE_INT_RGB))))
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("back"))
                .andExpect(jsonPath("$.errors[0].code").value("LetterScanBlank"))
                .andExpect(jsonPath("$.errors[0].message").value("Back (back.png): the picture is blank; there is"
                        + " nothing to read."));
        mvc.perform(scan(token)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("front"));
        mvc.perform(scan(tokenFor(PermissionLevel.VIEWER), png("front", "front.png", postcard)))
                .andExpect(status().isForbidden());
        assertThat(scansBy(member)).isZero();
        mvc.perform(get(token, "/api/v1/letters/scans/{id}", java.util.UUID.randomUUID()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aScannedPostcardIsReadItsSenderSuggestedAndItsPicturesStayWithTheLetterThroughAMerge() throws Exception {
        assumeTrue(reader.available(), "tesseract with jpn and jpn_vert is not installed");
        Random random = new Random();
        String phone = "072-" + (200 + random.nextInt(800)) + "-" + (1000 + random.nextInt(9000));
        VoiceTestData data = new VoiceTestData(mvc, jdbc, token);
        String sender = data.id("/api/v1/companies", "{\"kind\":\"individual\",\"name\":\"堺 千代子 "
                + dev.kizuna.support.SearchTags.next() + "\",\"nameKana\":\"サカイ チヨコ\",\"prefecture\":\"大阪府\","
                + "\"city\":\"堺市堺区\",\"street\":\"南瓦町3-1\",\"phone\":\"" + phone + "\",\"status\":\"customer\"}");
        byte[] front = Postcards.across(List.of("いつも化粧水を愛用しています。", "冬の乾燥が気になります。",
                "大阪府堺市堺区南瓦町3-1", "堺 千代子", phone));

        String scanned = mvc.perform(scan(token, png("front", "postcard.png", front)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recognition").value("read"))
                .andExpect(jsonPath("$.letterId").doesNotExist())
                .andExpect(jsonPath("$.hasBack").value(false))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String text = JsonPath.read(scanned, "$.text");
        assertThat(text.replaceAll("\\s", "")).contains("いつも化粧水を愛用しています。", "冬の乾燥が気になります。");
        assertThat(JsonPath.<List<Integer>>read(scanned, "$.lines[*].confidence")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).isBetween(0, 100));
        assertThat(JsonPath.<String>read(scanned, "$.suggestions[0].companyId")).as(scanned).isEqualTo(sender);
        String scanId = JsonPath.read(scanned, "$.id");
        assertThat(jdbc.sql("select count(*) from voice_letter where company_id = ?::uuid").param(sender)
                .query(Long.class).single()).as("nothing is on the desk before a person adds it").isZero();

        String corrected = "いつも化粧水を愛用しています。冬の乾燥が気になります。";
        String letter = JsonPath.read(data.post("/api/v1/letters", "{\"companyId\":\"" + sender + "\",\"body\":\""
                + corrected + "\",\"scanId\":\"" + scanId + "\"}"), "$.id");
        mvc.perform(get(token, "/api/v1/letters/" + letter)).andExpect(jsonPath("$.scanId").value(scanId))
                .andExpect(jsonPath("$.body").value(corrected));
        mvc.perform(get(token, "/api/v1/letters/scans/" + scanId)).andExpect(jsonPath("$.letterId").value(letter));
        mvc.perform(post(token, "/api/v1/letters", "{\"companyId\":\"" + sender + "\",\"body\":\"x\",\"scanId\":\""
                        + scanId + "\"}")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("scanId"))
                .andExpect(jsonPath("$.errors[0].code").value("LetterScanUsed"));

        String manager = tokenFor(PermissionLevel.MANAGER);
        String keep = data.id("/api/v1/companies", "{\"kind\":\"individual\",\"name\":\"堺 千代子 "
                + dev.kizuna.support.SearchTags.next() + "\",\"nameKana\":\"サカイ チヨコ\",\"status\":\"customer\"}");
        mvc.perform(post(manager, "/api/v1/companies/" + keep + "/merge", "{\"mergeId\":\"" + sender
                + "\",\"version\":" + version(keep) + ",\"mergeVersion\":" + version(sender) + "}"))
                .andExpect(status().isOk());
        mvc.perform(get(token, "/api/v1/letters/" + letter)).andExpect(jsonPath("$.companyId").value(keep))
                .andExpect(jsonPath("$.scanId").value(scanId));
        byte[] kept = mvc.perform(get(token, "/api/v1/letters/scans/" + scanId + "/image"))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(kept).isEqualTo(front);
    }

    private long version(String company) throws Exception {
        return ((Number) JsonPath.read(mvc.perform(get(token, "/api/v1/companies/" + company)).andReturn()
                .getResponse().getContentAsString(), "$.version")).longValue();
    }
}
