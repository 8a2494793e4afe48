package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Overdue postcards always reach someone (issue 19: "nothing may wait two business days; the alert goes to a named
 * manager"): with no manager named on the desk, the people who approved replies lately are told; an administrator names
 * the manager on the desk's page, and then that person is told.
 */
class LetterDeskHeadTest extends ApiTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Autowired
    LetterNotices notices;

    private VoiceTestData data;
    private Cookie admin;

    @BeforeEach
    void setUp() throws Exception {
        data = new VoiceTestData(mvc, jdbc, tokenFor(PermissionLevel.MEMBER));
        admin = login(accounts.create(PermissionLevel.ADMIN));
    }

    private Cookie login(TestAccounts.Account account) throws Exception {
        return mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andReturn().getResponse().getCookie("SESSION");
    }

    private MockHttpServletResponse nameManager(Cookie session, String managerId) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/voice/letters/manager").param("managerId", managerId)
                .cookie(session).with(csrf())).andReturn().getResponse();
    }

    /** A postcard received ten days ago (long past due) from a new customer; the customer's name. */
    private String overduePostcard() throws Exception {
        String company = data.company("期限切れ商店", null, false);
        data.id("/api/v1/letters", "{\"companyId\":\"" + company + "\",\"receivedOn\":\"" + TODAY.minusDays(10)
                + "\",\"body\":\"新商品の案内をありがとうございました。\"}");
        return jdbc.sql("select name from company where id = ?::uuid").param(company).query(String.class).single();
    }

    /** A manager who approved a reply just now (the review row as the desk writes it when a head approves). */
    private TestAccounts.Account approver() throws Exception {
        TestAccounts.Account head = accounts.create(PermissionLevel.MANAGER);
        String company = data.company("承認済み商店", null, false);
        String letter = data.id("/api/v1/letters", "{\"companyId\":\"" + company + "\",\"receivedOn\":\"" + TODAY
                + "\",\"body\":\"ありがとう\"}");
        jdbc.sql("insert into voice_letter_review (id, letter_id, decision, created_by) values (?, ?::uuid, 'approved', ?)")
                .params(UUID.randomUUID(), letter, head.id()).update();
        return head;
    }

    private String name(TestAccounts.Account account) {
        return jdbc.sql("select display_name from app_user where id = ?").param(account.id()).query(String.class)
                .single();
    }

    private int alert() {
        int[] n = new int[1];
        SystemActor.run(() -> n[0] = notices.alertOverdue(Instant.now()));
        return n[0];
    }

    private List<String> toldAbout(UUID user) {
        return jdbc.sql("select argument from notification where user_id = ? and message_key = ?")
                .params(user, "voice.letter.notice.overdue").query(String.class).list();
    }

    @Test
    void withNoManagerNamedTheRecentApproverIsTold() throws Exception {
        assertThat(nameManager(admin, "").getRedirectedUrl()).isEqualTo("/voice/letters");
        TestAccounts.Account head = approver();
        alert(); // what other tests left overdue is reported first
        String customer = overduePostcard();

        assertThat(alert()).isGreaterThanOrEqualTo(0);
        assertThat(toldAbout(head.id())).anyMatch(a -> a.contains(customer));
        String page = mvc.perform(MockMvcRequestBuilders.get("/voice/letters").cookie(admin)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("data-testid=\"no-manager\"", "最近返信を承認した人", name(head),
                "data-testid=\"desk-manager-form\"");
    }

    @Test
    void anAdministratorNamesTheManagerOnTheDeskPageAndOnlyThatPersonIsTold() throws Exception {
        TestAccounts.Account head = approver();
        TestAccounts.Account boss = accounts.create(PermissionLevel.MANAGER);
        assertThat(nameManager(admin, boss.id().toString()).getRedirectedUrl()).isEqualTo("/voice/letters");
        String page = mvc.perform(MockMvcRequestBuilders.get("/voice/letters").cookie(admin)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("責任者（" + name(boss) + "）").doesNotContain("data-testid=\"no-manager\"");
        assertThat(page).containsPattern("<option value=\"" + boss.id() + "\"\\s+selected");

        alert();
        String customer = overduePostcard();
        alert();
        assertThat(toldAbout(boss.id())).anyMatch(a -> a.contains(customer));
        assertThat(toldAbout(head.id())).noneMatch(a -> a.contains(customer));

        // Members see who is told but cannot change it; an unknown user is refused and nothing changes.
        Cookie member = login(accounts.create(PermissionLevel.MEMBER));
        String memberPage = mvc.perform(MockMvcRequestBuilders.get("/voice/letters").cookie(member)).andReturn()
                .getResponse().getContentAsString();
        assertThat(memberPage).contains(name(boss)).doesNotContain("desk-manager-form");
        assertThat(nameManager(member, "").getStatus()).isEqualTo(403);
        nameManager(admin, UUID.randomUUID().toString());
        String board = mvc.perform(get(accounts.token(accounts.create(PermissionLevel.ADMIN)), "/api/v1/boards"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(board, "$.items[?(@.name == '" + VoiceBoards.LETTERS + "')].managerId"))
                .containsExactly(boss.id().toString());
    }
}
