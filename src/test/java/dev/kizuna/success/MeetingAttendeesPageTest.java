package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A meeting planned on the plan page names who attends: our people and the customer's (本部 + 現場 + us). */
class MeetingAttendeesPageTest extends ApiTestBase {

    private String id(String body) {
        return JsonPath.read(body, "$.id");
    }

    @Test
    void attendeesChosenOnThePageAreKeptAndShownAndAStrangerIsRefused() throws Exception {
        TestAccounts.Account member = accounts.create(PermissionLevel.MEMBER);
        String token = accounts.token(member);
        String company = id(mvc.perform(post(token, "/api/v1/companies", "{\"name\":\"" + unique("株式会社三者定例")
                + "\"}")).andReturn().getResponse().getContentAsString());
        String contact = id(mvc.perform(post(token, "/api/v1/contacts", "{\"companyId\":\"" + company
                + "\",\"name\":\"佐藤 店長\"}")).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString());
        String other = id(mvc.perform(post(token, "/api/v1/companies", "{\"name\":\"" + unique("株式会社よそ")
                + "\"}")).andReturn().getResponse().getContentAsString());
        String stranger = id(mvc.perform(post(token, "/api/v1/contacts", "{\"companyId\":\"" + other
                + "\",\"name\":\"鈴木 部外\"}")).andReturn().getResponse().getContentAsString());
        String plan = id(mvc.perform(post(token, "/api/v1/success-plans", "{\"companyId\":\"" + company
                + "\",\"templateId\":\"" + SuccessTemplates.BUILT_IN + "\",\"goLiveOn\":\""
                + LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(20) + "\"}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        Cookie session = mvc.perform(formLogin("/login").user("email", member.email()).password(member.password()))
                .andReturn().getResponse().getCookie("SESSION");
        String page = "/success/plans/" + plan;
        mvc.perform(MockMvcRequestBuilders.get(page).cookie(session))
                .andExpect(content().string(containsString("name=\"attendeeContactIds\"")))
                .andExpect(content().string(containsString("佐藤 店長")));

        mvc.perform(MockMvcRequestBuilders.post(page + "/meetings").cookie(session).with(csrf())
                        .param("kind", "regular").param("startsAt", "2027-02-03T10:00").param("agenda", "三者定例")
                        .param("attendeeUserIds", member.id().toString()).param("attendeeContactIds", contact))
                .andExpect(redirectedUrl(page + "#meetings"));
        UUID meeting = jdbc.sql("select id from success_meeting where company_id = ? and agenda = '三者定例'")
                .param(UUID.fromString(company)).query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from success_meeting where id = ? and ? = any(attendee_contact_ids)")
                .params(meeting, UUID.fromString(contact)).query(Long.class).single()).isOne();
        mvc.perform(MockMvcRequestBuilders.get(page).cookie(session))
                .andExpect(content().string(containsString("出席: テスト MEMBER、佐藤 店長")));

        mvc.perform(MockMvcRequestBuilders.post(page + "/meetings").cookie(session).with(csrf())
                        .param("kind", "regular").param("startsAt", "2027-02-10T10:00").param("agenda", "部外者")
                        .param("attendeeContactIds", stranger))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"form-errors\"")));
        assertThat(jdbc.sql("select count(*) from success_meeting where agenda = '部外者' and company_id = ?")
                .param(UUID.fromString(company)).query(Long.class).single()).isZero();
    }
}
