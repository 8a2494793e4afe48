package dev.kizuna.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The card pages: upload with the camera inputs, the queue, review with low fields marked, confirm. */
class CardsPagesTest extends ApiTestBase {

    private TestAccounts.Account member;
    private Cookie session;

    @BeforeEach
    void signIn() throws Exception {
        member = accounts.create(PermissionLevel.MEMBER);
        session = mvc.perform(formLogin("/login").user("email", member.email()).password(member.password()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    private UUID recognisedCard(String email) {
        UUID id = UUID.randomUUID();
        String png = "cards-test/" + id;
        jdbc.sql("""
                insert into business_card (id, status, file_key, file_name, content_type, file_size, owner_id, fields,
                    recognised_at) values (?, 'recognised', ?, 'card.png', 'image/png', 1, ?, ?::jsonb, now())""")
                .params(id, png, member.id(), "{\"company\":{\"value\":\"株式会社ページ試験\",\"confidence\":92},"
                        + "\"name\":{\"value\":\"頁 花子\",\"confidence\":40},\"email\":{\"value\":\"" + email
                        + "\",\"confidence\":95}}").update();
        return id;
    }

    @Test
    void theUploadAndQueuePageHasThePhoneCameraAndTheProgress() throws Exception {
        String html = mvc.perform(MockMvcRequestBuilders.get("/cards?status=queued").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("capture=\"environment\"").contains("accept=\"image/*\"").contains("multiple")
                .contains("名刺をアップロード").contains("data-testid=\"progress\"");
    }

    @Test
    void uploadingFromThePageQueuesTheCardAndNamesARefusedFile() throws Exception {
        byte[] png = SyntheticCards.png(SyntheticCards.sample(1, 11).getFirst());
        mvc.perform(MockMvcRequestBuilders.multipart("/cards")
                        .file(new MockMultipartFile("front", "front.png", "image/png", png))
                        .file(new MockMultipartFile("files", "memo.txt", "text/plain", "memo".getBytes()))
                        .cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/cards?status=queued"));
        assertThat(jdbc.sql("select count(*) from business_card where owner_id = ? and file_name = 'front.png'")
                .param(member.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void reviewingMarksLowFieldsAndConfirmingOpensTheContact() throws Exception {
        String email = unique("page") + "@example.jp";
        UUID card = recognisedCard(email);
        mvc.perform(MockMvcRequestBuilders.get("/cards/{id}", card).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"name-low\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"email-low\""))))
                .andExpect(content().string(Matchers.containsString("value=\"" + email + "\"")));
        mvc.perform(MockMvcRequestBuilders.post("/cards/{id}", card).cookie(session).with(csrf())
                        .param("version", "0").param("name", "").param("company", "株式会社ページ試験").param("email", email))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("is-invalid")));
        String contactPage = mvc.perform(MockMvcRequestBuilders.post("/cards/{id}", card).cookie(session).with(csrf())
                        .param("version", "0").param("name", "頁 花子").param("company", "株式会社ページ試験")
                        .param("email", email))
                .andExpect(redirectedUrlPattern("/contacts/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(MockMvcRequestBuilders.get(contactPage).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/cards/" + card + "/image")));
    }
}
