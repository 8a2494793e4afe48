package dev.kizuna.insights.report;

import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a scheduled report or dashboard: each chart as an inline PNG and a short table in the body, and the full data
 * as an Excel attachment, through the configured SMTP server (KIZUNA_SMTP_HOST); without one, scheduled reports are not sent.
 */
@Component
class ReportMail {

    private JavaMailSender sender;
    private final String from;
    private final MessageSource messages;

    @Autowired
    ReportMail(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${kizuna.mail.from:kizuna@localhost}") String from, MessageSource messages) {
        this.sender = host == null || host.isBlank() ? null : sender.getIfAvailable();
        this.from = from;
        this.messages = messages;
    }

    /** For tests: send through this server (an in-process one). */
    void useSender(JavaMailSender sender) {
        this.sender = sender;
    }

    boolean enabled() {
        return sender != null;
    }

    /**
     * One e-mail to every recipient: each chart inline (Content-ID {@code chart}, then {@code chart-2} …) above its first
     * 50 rows, and every chart's full data as a sheet of one Excel attachment.
     */
    void send(ReportSchedule schedule, List<MailedChart> charts, Locale locale) {
        String month = messages.getMessage("report.month", null, locale);
        String value = messages.getMessage("report.value", null, locale);
        byte[] excel = ReportWorkbook.of(charts, r -> r.groupBy() == null ? ""
                : messages.getMessage("report.field." + r.groupBy(), null, r.groupBy(), locale), month, value);
        StringBuilder body = new StringBuilder("<p>").append(escape(schedule.title())).append("</p>");
        for (int i = 0; i < charts.size(); i++) {
            MailedChart chart = charts.get(i);
            if (schedule.dashboardId() != null) {
                body.append("<h3>").append(escape(chart.name())).append("</h3>");
            }
            body.append("<p><img src=\"cid:").append(contentId(i)).append("\" width=\"").append(ReportChartImage.WIDTH)
                    .append("\" alt=\"").append(escape(chart.name())).append("\"></p><table border=\"1\" cellpadding=\"4\">");
            chart.result().rows().stream().limit(50).forEach(r -> body.append("<tr><td>")
                    .append(escape(r.month() == null ? "" : r.month())).append("</td><td>")
                    .append(escape(r.group() == null ? "" : r.group())).append("</td><td align=\"right\">")
                    .append(r.value().toPlainString()).append("</td></tr>"));
            body.append("</table>");
        }
        if (charts.isEmpty()) {
            body.append("<p>").append(escape(messages.getMessage("report.mail.noTiles", null, locale))).append("</p>");
        }
        body.append("<p>").append(escape(messages.getMessage("report.mail.attached", null, locale))).append("</p>");
        String subject = schedule.dashboardId() == null ? "report.mail.subject" : "report.mail.dashboardSubject";
        // One message to every recipient: refused, it is tried again whole, so nobody gets a second copy.
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(schedule.recipients().toArray(String[]::new));
            helper.setSubject(messages.getMessage(subject, new Object[] {schedule.title()}, locale));
            helper.setText(body.toString(), true);
            for (int i = 0; i < charts.size(); i++) {
                helper.addInline(contentId(i), new ByteArrayResource(ReportChartImage.png(charts.get(i).result())),
                        "image/png");
            }
            helper.addAttachment(fileName(schedule.title()), new ByteArrayResource(excel),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            sender.send(message);
        } catch (MessagingException e) {
            throw new MailSendException("scheduled report to " + schedule.recipients(), e);
        }
    }

    private static String contentId(int index) {
        return index == 0 ? "chart" : "chart-" + (index + 1);
    }

    static String fileName(String reportName) {
        return reportName.replaceAll("[\\\\/:*?\"<>|]", "_") + ".xlsx";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
