package dev.kizuna.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kizuna.identity.Teams;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.support.KizunaTest;
import dev.kizuna.support.ReportData;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.test.context.support.WithMockUser;
import org.thymeleaf.ITemplateEngine;

/**
 * The daily report after a three-day weekend (Sat 10/10, Sun 10/11, スポーツの日 Mon 10/12, 2026) is sent on
 * Tuesday 10/13, covers Friday to Monday, and reaches the team's manager by e-mail (in-process GreenMail) once.
 */
@KizunaTest
@WithMockUser(roles = {"ADMIN", "MANAGER", "MEMBER"})
class DailyReportMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    DailyReports reports;
    @Autowired
    DailyReportSettings settings;
    @Autowired
    DailyReportSettingRepository sends;
    @Autowired
    Teams teams;
    @Autowired
    Users users;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    ITemplateEngine templates;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theReportAfterAThreeDayWeekendCoversItAndIsMailedOnce() throws Exception {
        var data = new ReportData(jdbc);
        String tag = UUID.randomUUID().toString().substring(0, 4);
        UUID manager = data.user("MANAGER", "上司 一郎" + tag);
        UUID rep = data.user("MEMBER", "営業 太郎" + tag);
        UUID team = data.team("営業" + tag + "課", manager, rep);
        UUID customer = data.company(rep, "株式会社週末" + tag, ReportData.at(LocalDate.of(2026, 10, 9), 9));
        for (LocalDate day : new LocalDate[] {LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 12)}) {
            data.activity(rep, customer, ReportData.at(day, 10), ReportData.at(day, 10), "電話", "商品問い合わせ", null);
        }
        // Before and after the covered days: not in the report.
        data.activity(rep, customer, ReportData.at(LocalDate.of(2026, 10, 8), 10), ReportData.at(LocalDate.of(2026, 10, 8), 10),
                "電話", "商品問い合わせ", null);
        data.activity(rep, customer, ReportData.at(LocalDate.of(2026, 10, 13), 7), ReportData.at(LocalDate.of(2026, 10, 13), 7),
                "訪問", "その他", null);

        LocalDate tuesday = LocalDate.of(2026, 10, 13);
        DailyReport report = reports.report(tuesday);
        assertThat(report.coveredDays()).containsExactly(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 10),
                LocalDate.of(2026, 10, 11), LocalDate.of(2026, 10, 12));
        TeamReport section = report.teams().stream().filter(t -> team.equals(t.teamId())).findFirst().orElseThrow();
        RepReport line = section.reps().stream().filter(r -> rep.equals(r.userId())).findFirst().orElseThrow();
        assertThat(line.activities()).isEqualTo(3);
        assertThat(line.byChannel()).containsExactly(new Tally("電話", "Phone", 3));
        assertThat(line.newCustomers()).isEqualTo(1);

        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        var mail = new DailyReportMail(sender, "kizuna@test.example.jp", templates, messages, users);
        var job = new DailyReportJob(reports, settings, sends, teams, calendar, mail, Optional.empty());
        var theTeam = teams.find(team);

        assertThat(job.sendTeam(theTeam, tuesday, () -> report)).isTrue();
        assertThat(job.sendTeam(theTeam, tuesday, () -> report)).as("a second run the same day").isFalse();

        String managerEmail = data.email(manager);
        var toManager = new java.util.ArrayList<MimeMessage>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(managerEmail)) {
                toManager.add(m);
            }
        }
        assertThat(toManager).hasSize(1);
        assertThat(toManager.getFirst().getSubject()).isEqualTo("【日報】営業" + tag + "課 2026/10/13(火)(対象: 2026/10/09(金) – 2026/10/12(月))");
        String html = toManager.getFirst().getContent().toString();
        assertThat(html).contains("営業 太郎" + tag).contains("電話 3件").contains("商品問い合わせ 3件")
                .contains("チーム合計").contains("受注・入金").contains("入金遅延 0件").doesNotContain("訪問 1件");
    }
}
