package dev.kizuna.insights.report;

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
 * Sends a scheduled report: its chart as an inline PNG and a short table in the body, and the full data as an Excel
 * attachment, through the configured SMTP server (KIZUNA_SMTP_HOST); without one, scheduled reports are not sent.
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

    void send(ReportSchedule schedule, ReportResult result, Locale locale) {
        String group = result.groupBy() == null ? "" : messages.getMessage("report.field." + result.groupBy(), null,
                result.groupBy(), locale);
        String month = messages.getMessage("report.month", null, locale);
        String value = messages.getMessage("report.value", null, locale);
        byte[] excel = ReportWorkbook.of(schedule.reportName(), result, group, month, value);
        StringBuilder body = new StringBuilder("<p>").append(escape(schedule.reportName())).append("</p>")
                .append("<p><img src=\"cid:chart\" width=\"").append(ReportChartImage.WIDTH).append("\" alt=\"")
                .append(escape(schedule.reportName())).append("\"></p><table border=\"1\" cellpadding=\"4\">");
        result.rows().stream().limit(50).forEach(r -> body.append("<tr><td>").append(escape(r.month() == null ? "" : r.month()))
                .append("</td><td>").append(escape(r.group() == null ? "" : r.group())).append("</td><td align=\"right\">")
                .append(r.value().toPlainString()).append("</td></tr>"));
        body.append("</table><p>").append(escape(messages.getMessage("report.mail.attached", null, locale))).append("</p>");
        // One message to every recipient: refused, it is tried again whole, so nobody gets a second copy.
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(schedule.recipients().toArray(String[]::new));
            helper.setSubject(messages.getMessage("report.mail.subject", new Object[] {schedule.reportName()}, locale));
            helper.setText(body.toString(), true);
            helper.addInline("chart", new ByteArrayResource(ReportChartImage.png(result)), "image/png");
            helper.addAttachment(fileName(schedule.reportName()), new ByteArrayResource(excel),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            sender.send(message);
        } catch (MessagingException e) {
            throw new MailSendException("scheduled report to " + schedule.recipients(), e);
        }
    }

    static String fileName(String reportName) {
        return reportName.replaceAll("[\\\\/:*?\"<>|]", "_") + ".xlsx";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
