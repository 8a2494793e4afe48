package dev.kizuna.insights;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.identity.Team;
import dev.kizuna.identity.User;
import dev.kizuna.identity.UserFilter;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.PageQuery;
import jakarta.mail.MessagingException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a team's daily report as an HTML e-mail (one column, inline styles, readable on a phone) in each
 * recipient's language and sends it. Recipients: the team's manager and every active administrator (the owner
 * and whoever runs the company), each once. Off when no SMTP host is configured.
 */
@Component
class DailyReportMail {

    record Recipient(String email, String name, Locale locale) {
    }

    private final JavaMailSender sender;
    private final String from;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Users users;

    @Autowired
    DailyReportMail(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${kizuna.mail.from:kizuna@localhost}") String from, ITemplateEngine templates,
            MessageSource messages, Users users) {
        this(host == null || host.isBlank() ? null : sender.getIfAvailable(), from, templates, messages, users);
    }

    DailyReportMail(JavaMailSender sender, String from, ITemplateEngine templates, MessageSource messages, Users users) {
        this.sender = sender;
        this.from = from;
        this.templates = templates;
        this.messages = messages;
        this.users = users;
    }

    boolean enabled() {
        return sender != null;
    }

    List<Recipient> recipients(Team team) {
        Map<String, Recipient> byEmail = new LinkedHashMap<>();
        if (team.managerId() != null) {
            add(byEmail, users.find(team.managerId()));
        }
        String cursor = null;
        do {
            var page = users.list(new UserFilter(null, PermissionLevel.ADMIN, true, null, "kana", false),
                    PageQuery.of(PageQuery.MAX_LIMIT, cursor));
            page.items().forEach(u -> add(byEmail, users.find(u.id())));
            cursor = page.nextCursor();
        } while (cursor != null);
        return new ArrayList<>(byEmail.values());
    }

    private static void add(Map<String, Recipient> byEmail, User user) {
        if (user.active()) {
            byEmail.putIfAbsent(user.email(), new Recipient(user.email(), user.displayName(),
                    Locale.forLanguageTag(user.locale() == null ? "ja" : user.locale())));
        }
    }

    void send(DailyReport report, TeamReport team, List<Recipient> recipients) {
        for (Recipient to : recipients) {
            try {
                var message = sender.createMimeMessage();
                var helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(from);
                helper.setTo(to.email());
                helper.setSubject(subject(report, team, to.locale()));
                helper.setText(body(report, team, to.locale()), true);
                sender.send(message);
            } catch (MessagingException e) {
                throw new MailSendException("daily report to " + to.email(), e);
            }
        }
    }

    String subject(DailyReport report, TeamReport team, Locale locale) {
        return messages.getMessage("dailyReport.mail.subject", new Object[] {team.name(), date(report.reportDay(), locale),
                days(report, locale)}, locale);
    }

    String body(DailyReport report, TeamReport team, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("report", report);
        context.setVariable("team", team);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("reportDay", date(report.reportDay(), locale));
        context.setVariable("days", days(report, locale));
        return templates.process("insights/daily-report-mail", context);
    }

    static String days(DailyReport report, Locale locale) {
        return report.coveredDays().size() == 1 ? date(report.firstDay(), locale)
                : date(report.firstDay(), locale) + " – " + date(report.lastDay(), locale);
    }

    static String date(LocalDate day, Locale locale) {
        return ("ja".equals(locale.getLanguage()) ? DateTimeFormatter.ofPattern("yyyy/MM/dd(E)", locale)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)).format(day);
    }
}
