package dev.kizuna.insights.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Reports e-mailed every business day, week or month: the API's rules, and the report page's list with its stop button. */
class ReportSchedulesApiTest extends ApiTestBase {

    private TestAccounts.Account manager;
    private String token;
    private String report;

    @BeforeEach
    void aReport() throws Exception {
        manager = accounts.create(PermissionLevel.MANAGER);
        token = accounts.token(manager);
        report = JsonPath.read(mvc.perform(post(token, "/api/v1/reports", """
                {"name":"%s","shared":false,"definition":{"source":"orders",
                 "measure":{"function":"count"},"period":{"field":"orderedOn"}}}""".formatted(unique("月次の受注件数"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private String schedule(String fields) {
        return "{\"reportId\":\"" + report + "\",\"sendAt\":\"08:30\",\"recipients\":[\"eigyo@example.jp\"]" + fields + "}";
    }

    @Test
    void eachFrequencyAsksForTheDayItNeeds() throws Exception {
        mvc.perform(post(token, "/api/v1/report-schedules", schedule(",\"frequency\":\"daily\"")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.frequency").value("daily"))
                .andExpect(jsonPath("$.weekday").doesNotExist());
        mvc.perform(post(token, "/api/v1/report-schedules", schedule(",\"frequency\":\"monthly\",\"monthDay\":25")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.monthDay").value(25));
        mvc.perform(post(token, "/api/v1/report-schedules", schedule(",\"weekday\":\"FRIDAY\"")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.frequency").value("weekly"));

        mvc.perform(post(token, "/api/v1/report-schedules", schedule(",\"frequency\":\"monthly\",\"monthDay\":31")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("monthDay"));
        mvc.perform(post(token, "/api/v1/report-schedules", schedule(",\"frequency\":\"monthly\"")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("monthDay"));
        mvc.perform(post(token, "/api/v1/report-schedules", schedule(",\"frequency\":\"weekly\"")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("weekday"));
        mvc.perform(post(token, "/api/v1/report-schedules", schedule(",\"frequency\":\"yearly\"")).header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("frequency"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("頻度")));
    }

    @Test
    void bothAReportAndADashboardIsRefusedNamingTheDashboardFieldByItsLabelInEitherLanguage() throws Exception {
        String both = ",\"dashboardId\":\"" + UUID.randomUUID() + "\"";
        mvc.perform(post(token, "/api/v1/report-schedules", schedule(both)).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("dashboardId"))
                .andExpect(jsonPath("$.errors[0].code").value("ReportOrDashboard"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Dashboard: ")));
        mvc.perform(post(token, "/api/v1/report-schedules", schedule(both)).header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("dashboardId"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("ダッシュボード: ")));
    }

    @Test
    void theReportPageListsItsSchedulesAndStopsOneAfterAsking() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("email", manager.email()).password(manager.password()))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(MockMvcRequestBuilders.post("/reports/{id}/schedules", report).cookie(session).with(csrf())
                        .header("Accept-Language", "ja")
                        .param("frequency", "monthly").param("monthDay", "25").param("sendAt", "07:45")
                        .param("recipients", "keiri@example.jp, bucho@example.jp"))
                .andExpect(status().is3xxRedirection());
        // a bad address: the form comes back with the message and what was typed
        mvc.perform(MockMvcRequestBuilders.post("/reports/{id}/schedules", report).cookie(session).with(csrf())
                        .header("Accept-Language", "ja")
                        .param("frequency", "daily").param("sendAt", "07:45").param("recipients", "keiri@"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"form-errors\"")))
                .andExpect(content().string(containsString("value=\"keiri@\"")));
        String page = mvc.perform(MockMvcRequestBuilders.get("/reports/{id}", report).cookie(session)
                        .header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"report-schedules\"", "毎月", "25日", "07:45",
                "keiri@example.jp, bucho@example.jp", "data-confirm=\"このレポートのメール送信を停止しますか?\"");

        UUID scheduleId = jdbc.sql("select id from report_schedule where report_id = ?").param(UUID.fromString(report))
                .query(UUID.class).single();
        mvc.perform(MockMvcRequestBuilders.post("/reports/{id}/schedules/{sid}/delete", report, scheduleId)
                .cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from report_schedule where id = ?").param(scheduleId).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'report.unscheduled' and object_id = ?")
                .param(scheduleId.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDashboardPageSchedulesTheWholeDashboardAndStopsItAfterAsking() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("email", manager.email()).password(manager.password()))
                .andReturn().getResponse().getCookie("SESSION");
        String dashboard = JsonPath.read(mvc.perform(post(token, "/api/v1/dashboards",
                        "{\"name\":\"朝会ダッシュボード\",\"reportIds\":[\"" + report + "\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        // a bad address: the dashboard comes back with the message at the field and what was typed
        mvc.perform(MockMvcRequestBuilders.post("/dashboards/{id}/schedules", dashboard).cookie(session).with(csrf())
                        .header("Accept-Language", "ja")
                        .param("frequency", "weekly").param("weekday", "TUESDAY").param("sendAt", "08:15")
                        .param("recipients", "eigyo@"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"form-errors\"")))
                .andExpect(content().string(containsString("value=\"eigyo@\"")))
                .andExpect(content().string(containsString("data-testid=\"dashboard-tile\"")));
        mvc.perform(MockMvcRequestBuilders.post("/dashboards/{id}/schedules", dashboard).cookie(session).with(csrf())
                        .header("Accept-Language", "ja")
                        .param("frequency", "weekly").param("weekday", "TUESDAY").param("sendAt", "08:15")
                        .param("recipients", "eigyo@example.jp"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(MockMvcRequestBuilders.get("/dashboards/{id}", dashboard).cookie(session)
                        .header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"dashboard-schedules\"", "毎週", "火曜日", "08:15", "eigyo@example.jp",
                "data-confirm=\"このダッシュボードのメール送信を停止しますか?\"", "data-testid=\"schedule-dashboard\"");

        UUID scheduleId = jdbc.sql("select id from report_schedule where dashboard_id = ?")
                .param(UUID.fromString(dashboard)).query(UUID.class).single();
        // only its owner or an administrator stops it
        Cookie other = mvc.perform(formLogin("/login").user("email", accounts.create(PermissionLevel.MANAGER).email())
                .password(TestAccounts.PASSWORD)).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(MockMvcRequestBuilders.post("/dashboards/{id}/schedules/{sid}/delete", dashboard, scheduleId)
                .cookie(other).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.post("/dashboards/{id}/schedules/{sid}/delete", dashboard, scheduleId)
                .cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from report_schedule where id = ?").param(scheduleId).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'report.unscheduled' and object_id = ?")
                .param(scheduleId.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDashboardWithoutANameComesBackWithTheMessageNotAnErrorPage() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("email", manager.email()).password(manager.password()))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(MockMvcRequestBuilders.post("/dashboards").cookie(session).with(csrf())
                        .header("Accept-Language", "ja").param("name", "").param("reportId", report))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"form-errors\"")));
    }
}
