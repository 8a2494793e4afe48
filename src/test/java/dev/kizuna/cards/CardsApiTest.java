package dev.kizuna.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The cards API end to end: a rendered card in, its fields out, confirmed into a contact; bad files per file. */
class CardsApiTest extends ApiTestBase {

    @Autowired
    Tesseract tesseract;

    private TestAccounts.Account member;
    private String token;

    @BeforeEach
    void member() {
        member = accounts.create(PermissionLevel.MEMBER);
        token = accounts.token(member);
    }

    private MockMultipartHttpServletRequestBuilder upload(MockMultipartFile... files) {
        var request = multipart("/api/v1/cards");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        request.header("Authorization", "Bearer " + token);
        return request;
    }

    private static MockMultipartFile png(String name, byte[] bytes) {
        return new MockMultipartFile("files", name, "image/png", bytes);
    }

    @Test
    void aRenderedCardIsReadInTheBackgroundAndItsFieldsComeBackWithConfidence() throws Exception {
        assumeTrue(tesseract.available(), "tesseract with jpn and jpn_vert is not installed");
        SyntheticCards.Card card = SyntheticCards.sample(1, 3).getFirst();
        String body = mvc.perform(upload(png("card.png", SyntheticCards.png(card)),
                        new MockMultipartFile("files", "notes.txt", "text/plain", "not a card".getBytes()),
                        png("blank.png", SyntheticCards.encode(new BufferedImage(400, 240, BufferedImage.TYPE_INT_RGB), "png"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].status").value("queued"))
                .andExpect(jsonPath("$.errors[0].index").value(1))
                .andExpect(jsonPath("$.errors[0].rule").value("CardNotAnImage"))
                .andExpect(jsonPath("$.errors[1].rule").value("CardBlank"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.items[0].id");
        String read = awaitStatus(id, "recognised");
        assertThat((String) JsonPath.read(read, "$.fields.email.value")).isEqualTo(card.email());
        assertThat((String) JsonPath.read(read, "$.fields.phone.value")).isEqualTo(card.phone());
        assertThat((String) JsonPath.read(read, "$.fields.postalCode.value")).isEqualTo(card.postalCode());
        assertThat((String) JsonPath.read(read, "$.fields.address.value")).isEqualTo(card.address());
        assertThat((String) JsonPath.read(read, "$.fields.company.value")).isEqualTo(CardNames.company(card.company()));
        assertThat(CardText.compact(JsonPath.read(read, "$.fields.name.value"))).isEqualTo(CardText.compact(card.name()));
        assertThat((Integer) JsonPath.read(read, "$.fields.email.confidence")).isBetween(70, 100);

        mvc.perform(get(token, "/api/v1/cards?filter[status]=recognised&limit=200"))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").exists());
        mvc.perform(get(token, "/api/v1/cards?filter[status]=reviewed&limit=200"))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").doesNotExist());
        mvc.perform(get(token, "/api/v1/cards/{id}/image", id)).andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
    }

    private String awaitStatus(String id, String wanted) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            String json = mvc.perform(get(token, "/api/v1/cards/{id}", id)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            String status = JsonPath.read(json, "$.status");
            if (status.equals(wanted) || System.nanoTime() > end) {
                assertThat(status).as(json).isEqualTo(wanted);
                return json;
            }
            Thread.sleep(250);
        }
    }

    @Test
    void aBatchOfOnlyBadFilesIsRefusedNamingEachFileAndItsRule() throws Exception {
        byte[] big = new byte[(int) CardImages.MAX_BYTES + 1];
        System.arraycopy(SyntheticCards.encode(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png"), 0, big, 0, 60);
        mvc.perform(upload(png("huge.png", big), png("bomb.png", claimsHugeSize())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("files"))
                .andExpect(jsonPath("$.errors[0].code").value("CardTooLarge"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("huge.png")))
                .andExpect(jsonPath("$.errors[1].code").value("CardTooManyPixels"));
    }

    /** A small PNG whose header says 60,000 × 60,000 pixels: refused from the header, never decoded. */
    private static byte[] claimsHugeSize() {
        byte[] png = SyntheticCards.encode(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "png");
        byte[] size = java.nio.ByteBuffer.allocate(8).putInt(60_000).putInt(60_000).array();
        System.arraycopy(size, 0, png, 16, 8);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(png, 12, 17);
        System.arraycopy(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array(), 0, png, 29, 4);
        return png;
    }

    /** A card as the reader would have left it, written straight into the queue (no OCR needed). */
    private UUID recognisedCard(String fieldsJson) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into business_card (id, status, file_key, file_name, content_type, file_size, owner_id, fields,
                    recognised_at) values (?, 'recognised', 'none', 'card.png', 'image/png', 1, ?, ?::jsonb, now())""")
                .params(id, member.id(), fieldsJson).update();
        return id;
    }

    private static String field(String key, String value) {
        return "\"" + key + "\":{\"value\":\"" + value + "\",\"confidence\":90}";
    }

    @Test
    void confirmingMakesTheContactAndCompanyThenTheSamePersonElsewhereIsMovedAndTheOwnerIsTold() throws Exception {
        String email = unique("card") + "@example.jp";
        String company = unique("名刺テスト商事");
        // a number no other test's contact has (PhoneReportsBrowserTest's contact had 03-5555-0101: matched, "moved")
        var random = java.util.concurrent.ThreadLocalRandom.current();
        String phone = "03-" + (5000 + random.nextInt(4000)) + "-" + String.format("%04d", random.nextInt(10_000));
        UUID first = recognisedCard("{" + String.join(",", field("company", "株式会社" + company), field("name", "名刺 太郎"),
                field("nameKana", "メイシ タロウ"), field("email", email), field("phone", phone),
                field("postalCode", "104-0061"), field("address", "東京都中央区銀座4-6-16")) + "}");
        String confirmed = mvc.perform(post(token, "/api/v1/cards/{id}/confirm",
                        "{\"version\":0,\"fields\":{\"title\":\"部長\"}}", first))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("created"))
                .andReturn().getResponse().getContentAsString();
        String contactId = JsonPath.read(confirmed, "$.contactId");
        mvc.perform(get(token, "/api/v1/contacts/{id}", contactId)).andExpect(jsonPath("$.title").value("部長"))
                .andExpect(jsonPath("$.email").value(email));
        String companyId = JsonPath.read(confirmed, "$.companyId");
        mvc.perform(get(token, "/api/v1/companies/{id}", companyId))
                .andExpect(jsonPath("$.name").value("株式会社" + company))
                .andExpect(jsonPath("$.prefecture").value("東京都"))
                .andExpect(jsonPath("$.city").value("中央区"));
        assertThat(jdbc.sql("select count(*) from notification where user_id = ? and message_key = 'cards.notice.in' and href = ?")
                .params(member.id(), "/contacts/" + contactId).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get(token, "/api/v1/cards/{id}", first)).andExpect(jsonPath("$.status").value("reviewed"))
                .andExpect(jsonPath("$.contactId").value(contactId))
                .andExpect(jsonPath("$.fields.title.confidence").value(100));

        UUID second = recognisedCard("{" + String.join(",", field("company", company + "ホールディングス株式会社"),
                field("name", "名刺 太郎"), field("email", email.toUpperCase())) + "}");
        String moved = mvc.perform(post(token, "/api/v1/cards/{id}/confirm", "{\"version\":0}", second))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("moved"))
                .andExpect(jsonPath("$.contactId").value(contactId)).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(moved, "$.companyId")).isNotEqualTo(companyId);
        assertThat(jdbc.sql("select count(*) from contact_move where contact_id = ?::uuid").param(contactId)
                .query(Long.class).single()).isEqualTo(1);

        UUID third = recognisedCard("{" + String.join(",", field("company", company + "ホールディングス株式会社"),
                field("name", "名刺 太郎"), field("phone", phone)) + "}");
        mvc.perform(post(token, "/api/v1/cards/{id}/confirm", "{\"version\":0}", third))
                .andExpect(jsonPath("$.outcome").value("updated")).andExpect(jsonPath("$.contactId").value(contactId));
        mvc.perform(post(token, "/api/v1/cards/{id}/confirm", "{\"version\":1}", third))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("CardNotRecognised"));
    }

    @Test
    void aConfirmWithoutANameOrWithAnUnknownFieldIsRefusedNamingTheField() throws Exception {
        UUID card = recognisedCard("{" + field("company", "株式会社名無し") + "}");
        mvc.perform(post(token, "/api/v1/cards/{id}/confirm", "{\"version\":0}", card))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post(token, "/api/v1/cards/{id}/confirm", "{\"version\":0,\"fields\":{\"shoeSize\":\"27\"}}", card))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("fields.shoeSize"));
        mvc.perform(get(token, "/api/v1/cards?filter[status]=nonsense")).andExpect(status().is4xxClientError());
    }
}
