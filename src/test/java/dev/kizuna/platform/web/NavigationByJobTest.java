package dev.kizuna.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.KizunaTest;
import dev.kizuna.support.TestAccounts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The menu is grouped by job (営業 / カスタマーサクセス / 業務 / 分析 / 設定) and marks where the page belongs. */
@KizunaTest
class NavigationByJobTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;

    @Test
    void theMenuIsGroupedByJobInTheSameOrderForEveryone() throws Exception {
        String admin = page(PermissionLevel.ADMIN, "/");
        assertThat(all(admin, "class=\"nav-section\"[^>]*>([^<]+)<"))
                .containsExactly("営業", "カスタマーサクセス", "業務", "分析", "設定");
        assertThat(group(admin, "sales")).contains("href=\"/customers\"", "href=\"/deals\"", "href=\"/orders\"");
        assertThat(group(admin, "operations")).contains("href=\"/tasks\"", "href=\"/boards\"");
        assertThat(group(admin, "settings")).contains("href=\"/admin/users\"");

        // A member has no settings group at all (every entry in it is for administrators).
        String member = page(PermissionLevel.MEMBER, "/");
        assertThat(all(member, "class=\"nav-section\"[^>]*>([^<]+)<")).contains("営業").doesNotContain("設定");
        assertThat(member).doesNotContain("href=\"/admin/");
    }

    @Test
    void thePageBeingShownMarksItsEntryAndItsGroup() throws Exception {
        String stalled = page(PermissionLevel.MEMBER, "/deals/stalled");
        // the longest matching entry wins: 停滞商談, not 商談
        assertThat(all(stalled, "href=\"([^\"]+)\"[^>]*aria-current=\"page\"")).containsExactly("/deals/stalled");
        assertThat(all(stalled, "class=\"nav-group current\"\\s+data-testid=\"([^\"]+)\"")).containsExactly("nav-sales");
        assertThat(all(stalled, "data-testid=\"current-section\">([^<]+)<")).containsExactly("営業");

        String tasks = page(PermissionLevel.MEMBER, "/tasks");
        assertThat(all(tasks, "class=\"nav-group current\"\\s+data-testid=\"([^\"]+)\"")).containsExactly("nav-operations");
        assertThat(all(tasks, "data-testid=\"current-section\">([^<]+)<")).containsExactly("業務");
    }

    @Test
    void theBellStaysInTheHeaderOnAPhone() throws Exception {
        String home = page(PermissionLevel.MEMBER, "/");
        List<String> bell = all(home, "class=\"([^\"]*notification-bell[^\"]*)\"");
        assertThat(bell).hasSize(1);
        // no display class that hides it below a breakpoint
        assertThat(bell.getFirst().split(" ")).doesNotContain("d-none", "d-sm-inline-block", "d-md-inline-block");
    }

    @Test
    void olderSectionNamesFallIntoTheirGroups() {
        assertThat(new NavItem(NavItem.MAIN, "k", "/x", null, 1).group()).isEqualTo(NavItem.OPERATIONS);
        assertThat(new NavItem(NavItem.ADMIN, "k", "/x", null, 1).group()).isEqualTo(NavItem.SETTINGS);
        var items = List.of(new NavItem(NavItem.HOME, "k", "/", null, 0), new NavItem(NavItem.SALES, "k", "/deals", null, 1),
                new NavItem(NavItem.SALES, "k", "/deals/stalled", null, 2));
        assertThat(LayoutModel.currentHref(items, "/deals/123")).isEqualTo("/deals");
        assertThat(LayoutModel.currentHref(items, "/deals/stalled")).isEqualTo("/deals/stalled");
        assertThat(LayoutModel.currentHref(items, "/dealsx")).isNull();
        assertThat(LayoutModel.currentHref(items, "/")).isEqualTo("/");
    }

    private static List<String> all(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1).strip());
        }
        return found;
    }

    private static String group(String html, String group) {
        int start = html.indexOf("data-testid=\"nav-" + group + "\"");
        assertThat(start).as("group %s", group).isPositive();
        int end = html.indexOf("</ul>", start);
        return html.substring(start, end);
    }

    private String page(PermissionLevel level, String path) throws Exception {
        var account = accounts.create(level);
        var session = mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        String html = mvc.perform(MockMvcRequestBuilders.get(path).cookie(session).header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return html;
    }
}
