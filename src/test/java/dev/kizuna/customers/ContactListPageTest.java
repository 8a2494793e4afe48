package dev.kizuna.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** /contacts: every customer's contacts, searched with the customer search's folding, filtered, sorted and paged. */
class ContactListPageTest extends ApiTestBase {

    private Cookie session;
    private String tag;

    @BeforeEach
    void contacts() throws Exception {
        var viewer = accounts.create(PermissionLevel.VIEWER);
        session = mvc.perform(formLogin("/login").user("email", viewer.email()).password(viewer.password()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        tag = dev.kizuna.support.SearchTags.next();
        UUID company = UUID.randomUUID();
        jdbc.sql("insert into company (id, kind, name, status) values (?, 'company', ?, 'customer')")
                .params(company, "株式会社連絡先" + tag).update();
        contact(company, "阿部 一郎", "アベ" + tag, "abe@example.jp", null, "2026-12-01");
        contact(company, "井上 二郎", "イノウエ" + tag, null, "0311112222", "2026-12-03");
        contact(company, "上田 三郎", "ウエダ" + tag, null, null, "2026-12-02");
    }

    private void contact(UUID company, String name, String kana, String email, String phone, String updated) {
        jdbc.sql("""
                insert into contact (id, company_id, name, name_kana, email, phone, phone_display, search_text, updated_at)
                values (?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, cast(? as timestamptz))""")
                .params(UUID.randomUUID(), company, name, kana, email, phone, phone,
                        name.replace(" ", "") + " " + dev.kizuna.platform.text.JapaneseText.searchKey(kana), updated + "T10:00:00+09:00")
                .update();
    }

    @Test
    void searchedByFuriganaInAnyWidthAndSortedByItByDefault() throws Exception {
        // half-width katakana of the tag's reading prefix: every one of the three ends with the tag
        assertThat(names("/contacts?q=" + tag)).containsExactly("阿部 一郎", "井上 二郎", "上田 三郎");
        assertThat(names("/contacts?q=ｲﾉｳｴ" + tag)).containsExactly("井上 二郎");
        assertThat(names("/contacts?q=いのうえ" + tag)).containsExactly("井上 二郎");
    }

    @Test
    void filteredByHowTheyCanBeReachedAndSortedByTheNewestChange() throws Exception {
        assertThat(names("/contacts?reach=email&q=" + tag)).containsExactly("阿部 一郎");
        assertThat(names("/contacts?reach=phone&q=" + tag)).containsExactly("井上 二郎");
        assertThat(names("/contacts?reach=none&q=" + tag)).containsExactly("上田 三郎");
        assertThat(names("/contacts?sort=updated&q=" + tag)).containsExactly("井上 二郎", "上田 三郎", "阿部 一郎");
        mvc.perform(MockMvcRequestBuilders.get("/contacts?sort=shoe-size").cookie(session)).andExpect(status().is4xxClientError());
    }

    @Test
    void pagedWithACursor() throws Exception {
        String first = html("/contacts?q=" + tag);
        assertThat(first).doesNotContain("data-testid=\"contacts-more\"");
        // 50 a page: add 50 more with the tag and walk to the second page
        UUID company = UUID.randomUUID();
        jdbc.sql("insert into company (id, kind, name, status) values (?, 'company', ?, 'customer')")
                .params(company, "株式会社多数" + tag).update();
        for (int i = 0; i < 50; i++) {
            contact(company, "社員 " + i, "ワタナベ" + tag + String.format("%02d", i), null, null, "2026-11-01");
        }
        String page1 = html("/contacts?q=" + tag);
        Matcher next = Pattern.compile("data-testid=\"contacts-more\"\\s+href=\"([^\"]+)\"").matcher(page1);
        assertThat(next.find()).isTrue();
        List<String> second = names(next.group(1).replace("&amp;", "&"));
        assertThat(second).hasSize(3).doesNotContainAnyElementsOf(names("/contacts?q=" + tag));
    }

    private String html(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).cookie(session).header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<String> names(String path) throws Exception {
        Matcher m = Pattern.compile("<a href=\"/contacts/[0-9a-f-]{36}\">([^<]+)</a>").matcher(html(path));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
