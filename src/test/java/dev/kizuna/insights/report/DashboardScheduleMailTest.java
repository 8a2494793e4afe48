package dev.kizuna.insights.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A whole dashboard e-mailed on a schedule (issue 22): one mail with every tile's chart inline and one Excel file with a
 * sheet per tile; a schedule names a report or a dashboard, not both; a dashboard its owner may no longer open is not
 * sent.
 */
class DashboardScheduleMailTest extends ApiTestBase {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    ReportSchedules schedules;
    @Autowired
    ReportMail mail;

    private TestAccounts.Account manager;
    private String managerToken;
    private String customer;
    /** A weekday three days ahead, so the every-minute job (on real time) leaves the send to this test. */
    private final ZonedDateTime sendDay = ZonedDateTime.now(ZoneId.of("Asia/Tokyo")).plusDays(3).with(LocalTime.of(9, 5));

    @BeforeEach
    void ordersOfOneCustomer() {
        manager = accounts.create(PermissionLevel.MANAGER);
        managerToken = accounts.token(manager);
        customer = unique("株式会社ダッシュ");
        UUID company = UUID.randomUUID();
        jdbc.sql("insert into company (id, kind, name, status) values (?, 'company', ?, 'customer')").params(company, customer)
                .update();
        for (String on : new String[] {"2026-10-02", "2026-11-03", "2026-11-04"}) {
            jdbc.sql("""
                    insert into sales_order (id, number, company_id, title, ordered_on, invoice_amount)
                    values (?, ?, ?, '封筒', ?, 10000)""").params(UUID.randomUUID(), unique("SO-D"), company,
                    LocalDate.parse(on)).update();
        }
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        mail.useSender(sender);
    }

    @Test
    void theWholeDashboardArrivesOnceWithEachTilesChartAndASheetPerTile() throws Exception {
        String amounts = report("月別の受注額", "{\"function\":\"sum\",\"field\":\"invoiceAmount\"}");
        String counts = report("月別の受注件数", "{\"function\":\"count\"}");
        String dashboard = dashboard(null, amounts, counts);
        String to = unique("bucho") + "@example.jp";
        mvc.perform(post(managerToken, "/api/v1/report-schedules", """
                {"dashboardId":"%s","weekday":"%s","sendAt":"09:00","recipients":["%s"]}"""
                .formatted(dashboard, sendDay.getDayOfWeek(), to))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.dashboardId").value(dashboard))
                .andExpect(jsonPath("$.dashboardName").value("週次の営業会議"))
                .andExpect(jsonPath("$.reportId").doesNotExist());

        int[] sent = new int[2];
        SystemActor.run(() -> sent[0] = schedules.sendDue(sendDay));
        SystemActor.run(() -> sent[1] = schedules.sendDue(sendDay.plusMinutes(1)));
        assertThat(sent[1]).as("the same schedule the same day").isZero();

        List<MimeMessage> mine = to(to);
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().getSubject()).isEqualTo("【ダッシュボード】週次の営業会議");
        for (String cid : new String[] {"<chart>", "<chart-2>"}) {
            Part chart = ReportScheduleMailTest.inline(mine.getFirst(), cid);
            assertThat(chart).as("tile chart %s", cid).isNotNull();
            assertThat(chart.getContentType()).startsWith("image/png");
            assertThat(javax.imageio.ImageIO.read(chart.getInputStream()).getWidth()).isEqualTo(ReportChartImage.WIDTH);
        }
        assertThat(ReportScheduleMailTest.inline(mine.getFirst(), "<chart-3>")).isNull();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(excel(mine.getFirst())))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetName(0)).isEqualTo("月別の受注額");
            assertThat(book.getSheetName(1)).isEqualTo("月別の受注件数");
            assertThat(book.getSheetAt(0).getRow(2).getCell(1).getNumericCellValue()).isEqualTo(20000.0);
            assertThat(book.getSheetAt(1).getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void aScheduleNamesOneReportOrOneDashboardTheCallerMayOpen() throws Exception {
        String amounts = report("月別の受注額", "{\"function\":\"sum\",\"field\":\"invoiceAmount\"}");
        String dashboard = dashboard(null, amounts);
        mvc.perform(post(managerToken, "/api/v1/report-schedules", """
                {"reportId":"%s","dashboardId":"%s","weekday":"MONDAY","sendAt":"09:00","recipients":["a@example.jp"]}"""
                .formatted(amounts, dashboard))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("dashboardId"));
        mvc.perform(post(managerToken, "/api/v1/report-schedules", """
                {"weekday":"MONDAY","sendAt":"09:00","recipients":["a@example.jp"]}"""))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reportId"));
        // someone else's private dashboard is not there for them
        mvc.perform(post(tokenFor(PermissionLevel.MANAGER), "/api/v1/report-schedules", """
                {"dashboardId":"%s","weekday":"MONDAY","sendAt":"09:00","recipients":["a@example.jp"]}"""
                .formatted(dashboard))).andExpect(status().isNotFound());
    }

    @Test
    void aMemberWhoLeftTheTeamNoLongerGetsItsDashboard() throws Exception {
        TestAccounts.Account member = accounts.create(PermissionLevel.MEMBER);
        String admin = tokenFor(PermissionLevel.ADMIN);
        String teamJson = mvc.perform(post(admin, "/api/v1/teams", "{\"name\":\"" + unique("営業2課") + "\",\"managerId\":\""
                + manager.id() + "\",\"memberIds\":[\"" + member.id() + "\"]}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String team = JsonPath.read(teamJson, "$.id");
        String shared = report("段階別の受注額", "{\"function\":\"sum\",\"field\":\"invoiceAmount\"}");
        String dashboard = dashboard(team, shared);
        String to = unique("member") + "@example.jp";
        mvc.perform(post(accounts.token(member), "/api/v1/report-schedules", """
                {"dashboardId":"%s","weekday":"%s","sendAt":"09:00","recipients":["%s"]}"""
                .formatted(dashboard, sendDay.getDayOfWeek(), to))).andExpect(status().isCreated());
        String toManager = unique("kacho") + "@example.jp";
        mvc.perform(post(managerToken, "/api/v1/report-schedules", """
                {"dashboardId":"%s","weekday":"%s","sendAt":"09:00","recipients":["%s"]}"""
                .formatted(dashboard, sendDay.getDayOfWeek(), toManager))).andExpect(status().isCreated());
        int version = JsonPath.read(teamJson, "$.version");
        mvc.perform(patch(admin, "/api/v1/teams/" + team, "{\"version\":" + version + ",\"memberIds\":[]}"))
                .andExpect(status().isOk());

        SystemActor.run(() -> schedules.sendDue(sendDay));

        assertThat(to(to)).as("not sent to the address of a member who left the team").isEmpty();
        assertThat(to(toManager)).as("the manager, still in the team, gets it").hasSize(1);
    }

    private String report(String name, String measure) throws Exception {
        return JsonPath.read(mvc.perform(post(managerToken, "/api/v1/reports", """
                {"name":"%s","shared":false,"definition":{"source":"orders","measure":%s,"period":{"field":"orderedOn"},
                 "filters":[{"field":"customer","op":"eq","value":"%s"}]}}""".formatted(name, measure, customer)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private String dashboard(String team, String... reports) throws Exception {
        String ids = String.join("\",\"", reports);
        return JsonPath.read(mvc.perform(post(managerToken, "/api/v1/dashboards", "{\"name\":\"週次の営業会議\""
                + (team == null ? "" : ",\"teamId\":\"" + team + "\"") + ",\"reportIds\":[\"" + ids + "\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static byte[] excel(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                assertThat(parts.getBodyPart(i).getFileName()).isEqualTo("週次の営業会議.xlsx");
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                parts.getBodyPart(i).getInputStream().transferTo(bytes);
                return bytes.toByteArray();
            }
        }
        throw new AssertionError("no Excel attachment");
    }
}
