package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A manager builds a small playbook in the editor (a task, then timed work — the kind shows its own fields), starts
 * it on a customer from the customer's page, follows the run page to the step's task and starts its timer: in
 * Japanese on a desktop and in English on a phone, never scrolling sideways.
 */
class PlaybookBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0} on a {1} screen")
    @CsvSource({"ja, desktop", "en, phone"})
    void buildAPlaybookStartItOnACustomerAndTimeItsTask(String lang, String screen) throws Exception {
        boolean ja = "ja".equals(lang);
        boolean phone = "phone".equals(screen);
        TestAccounts.Account manager = accounts.create(PermissionLevel.MANAGER);
        jdbc.sql("update app_user set locale = ? where id = ?").params(lang, manager.id()).update();
        String suffix = unique("");
        String token = accounts.token(accounts.create(PermissionLevel.ADMIN));
        String role = "カスタマーサクセス" + suffix;
        String roleId = JsonPath.read(api(token, "/api/v1/roles", "{\"name\":\"" + role + "\"}"), "$.id");
        String board = "【倉庫】カスタマーサクセス" + suffix;
        api(token, "/api/v1/boards", "{\"name\":\"" + board + "\",\"roleIds\":[\"" + roleId + "\"]}");
        UUID company = UUID.randomUUID();
        jdbc.sql("insert into company (id, kind, name, name_kana, status) values (?, 'company', ?, 'アオバセイサクショ', 'customer')")
                .params(company, "株式会社青葉製作所" + suffix).update();

        Page p = phone ? newContext(phone()).newPage() : page;
        int width = phone ? PHONE_WIDTH : 1280;
        signIn(p, manager);
        p.navigate("/playbooks/new");
        String name = "使い方説明フロー" + suffix;
        p.locator("#name").fill(name);
        p.locator("[data-testid=step-1] [name='s.title']").fill("電話で使い方を説明");
        p.locator("[data-testid=step-1] [name='s.role']").selectOption(role);
        p.locator("[data-testid=step-1] [name='s.board']").selectOption(board);
        p.locator("[data-testid=add-step]").click();
        p.locator("[data-testid=step-2] [name='s.kind']").selectOption("timed");
        assertThat(p.locator("[data-testid=step-2] [name='s.targetMinutes']")).isVisible();
        assertThat(p.locator("[data-testid=step-2] [name='s.subject']")).isHidden();
        p.locator("[data-testid=step-2] [name='s.title']").fill("お手紙返信");
        p.locator("[data-testid=step-2] [name='s.board']").selectOption(board);
        p.locator("[data-testid=step-2] [name='s.targetMinutes']").fill("30");
        assertNoHorizontalScroll(p, width);
        p.locator("[data-testid=save-playbook]").click();
        assertThat(p.locator("[data-testid=playbooks]")).containsText(name);

        p.navigate("/customers/" + company);
        p.locator("[data-testid=start-playbook-select]").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(name));
        p.locator("[data-testid=start-playbook]").click();
        assertThat(p.locator("[data-testid=run-step]")).containsText("電話で使い方を説明");
        assertThat(p.locator("[data-testid=run-status]")).hasText(ja ? "実行中" : "Running");
        assertNoHorizontalScroll(p, width);
        screenshot(p, lang + "-" + screen + "-playbook-run");
        p.locator("[data-testid=run-task]").click();
        assertThat(p.locator("[data-testid=task-title]")).hasText("電話で使い方を説明");
        p.locator("[data-testid=timer-toggle]").click();
        assertThat(p.locator("[data-testid=timer-toggle]")).hasText(ja ? "計測を停止" : "Stop timer");
        assertNoHorizontalScroll(p, width);
    }
}
