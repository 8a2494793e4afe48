package dev.kizuna.insights.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.ApiTestBase;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A saved report scheduled weekly reaches its recipient once, with every row in an Excel attachment. */
class ReportScheduleMailTest extends ApiTestBase {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    ReportSchedules schedules;
    @Autowired
    ReportMail mail;

    @Test
    void aWeeklyReportIsMailedOnceWithTheDataAsExcel() throws Exception {
        String manager = tokenFor(PermissionLevel.MANAGER);
        String customer = unique("株式会社定期");
        UUID company = UUID.randomUUID();
        jdbc.sql("insert into company (id, kind, name, status) values (?, 'company', ?, 'customer')").params(company, customer)
                .update();
        for (String on : new String[] {"2026-10-02", "2026-11-03", "2026-11-04"}) {
            jdbc.sql("""
                    insert into sales_order (id, number, company_id, title, ordered_on, invoice_amount)
                    values (?, ?, ?, '封筒', ?, 10000)""").params(UUID.randomUUID(), unique("SO-S"), company,
                    LocalDate.parse(on)).update();
        }
        String report = JsonPath.read(mvc.perform(post(manager, "/api/v1/reports", """
                {"name":"月別の受注額","shared":false,"definition":{"source":"orders",
                 "measure":{"function":"sum","field":"invoiceAmount"},"period":{"field":"orderedOn"},
                 "filters":[{"field":"customer","op":"eq","value":"%s"}]}}""".formatted(customer)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        // a weekday three days ahead of today, so the every-minute job (on real time) leaves it to this test
        ZonedDateTime sendDay = ZonedDateTime.now(ZoneId.of("Asia/Tokyo")).plusDays(3).with(LocalTime.of(9, 5));
        String to = unique("boss") + "@example.jp";
        mvc.perform(post(manager, "/api/v1/report-schedules", """
                {"reportId":"%s","weekday":"%s","sendAt":"09:00","recipients":["%s"]}"""
                .formatted(report, sendDay.getDayOfWeek(), to))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.weekday").value(sendDay.getDayOfWeek().name()));
        mvc.perform(post(manager, "/api/v1/report-schedules", """
                {"reportId":"%s","weekday":"MONDAY","sendAt":"09:00","recipients":["not-an-address"]}""".formatted(report)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("recipients"));

        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        mail.useSender(sender);
        int[] sent = new int[2];
        SystemActor.run(() -> sent[0] = schedules.sendDue(sendDay));
        SystemActor.run(() -> sent[1] = schedules.sendDue(sendDay.plusMinutes(1)));
        assertThat(sent[0]).isGreaterThanOrEqualTo(1);
        assertThat(sent[1]).as("the same schedule the same day").isZero();

        var mine = java.util.Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> { try { return m.getAllRecipients()[0].toString().equals(to); } catch (Exception e) { return false; } })
                .toList();
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().getSubject()).isEqualTo("【レポート】月別の受注額");
        Multipart parts = (Multipart) mine.getFirst().getContent();
        Part excel = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                excel = parts.getBodyPart(i);
            }
        }
        assertThat(excel).isNotNull();
        Part chart = inline(mine.getFirst(), "<chart>");
        assertThat(chart).as("the chart drawn into the mail").isNotNull();
        assertThat(chart.getContentType()).startsWith("image/png");
        var image = javax.imageio.ImageIO.read(chart.getInputStream());
        assertThat(image.getWidth()).isEqualTo(ReportChartImage.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ReportChartImage.HEIGHT);
        assertThat(excel.getFileName()).endsWith(".xlsx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        excel.getInputStream().transferTo(bytes);
        try (var book = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2026-10");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("2026-11");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(20000.0);
        }
    }

    /** The part with this Content-ID, however deep in the message's multiparts. */
    static Part inline(Part part, String contentId) throws Exception {
        if (part instanceof jakarta.mail.internet.MimePart m && contentId.equals(m.getContentID())) {
            return part;
        }
        if (part.getContent() instanceof Multipart multi) {
            for (int i = 0; i < multi.getCount(); i++) {
                Part found = inline(multi.getBodyPart(i), contentId);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
