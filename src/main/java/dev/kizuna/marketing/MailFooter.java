package dev.kizuna.marketing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.mail.MailMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * What every marketing mail carries by law (特定電子メール法) whatever its template says: the sender's name and
 * address, a one-click unsubscribe link in the text and the HTML, and the List-Unsubscribe and List-Unsubscribe-Post
 * headers (RFC 8058), so mail clients offer their own unsubscribe button. The mails are in Japanese.
 */
@Component
class MailFooter {

    private static final Locale JAPANESE = Locale.JAPANESE;

    private final MessageSource messages;
    private final String baseUrl;

    MailFooter(MessageSource messages, @Value("${kizuna.base-url:}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    String unsubscribeLink(String token) {
        return baseUrl + "/u/" + token;
    }

    /** The merge values the sender adds: 送信者名 and 配信停止URL. */
    Map<String, String> values(Map<String, String> customer, MailSettings settings, String token) {
        Map<String, String> all = new LinkedHashMap<>(customer);
        all.put("送信者名", settings.senderName());
        all.put("配信停止URL", unsubscribeLink(token));
        return all;
    }

    MailMessage compose(UUID mailId, String to, RenderedMail mail, MailSettings settings, String token) {
        String link = unsubscribeLink(token);
        String text = mail.text() + "\n\n" + messages.getMessage("marketing.mail.footer",
                new Object[] {settings.senderName(), settings.senderAddress(), link}, JAPANESE);
        String html = mail.html().isBlank() ? "" : withHtmlFooter(mail.html(), settings, link);
        Map<String, String> headers = Map.of("List-Unsubscribe", "<" + link + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return new MailMessage(to, settings.senderName(), mail.subject(), text, html, headers,
                "<" + mailId + "@kizuna.marketing>");
    }

    private String withHtmlFooter(String html, MailSettings settings, String link) {
        String footer = "<hr><p style=\"font-size:12px;color:#555\">" + HtmlUtils.htmlEscape(settings.senderName())
                + "<br>" + HtmlUtils.htmlEscape(settings.senderAddress()) + "<br><a href=\""
                + HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(messages.getMessage(
                        "marketing.mail.unsubscribe", null, JAPANESE)) + "</a></p>";
        int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return end < 0 ? html + footer : html.substring(0, end) + footer + html.substring(end);
    }
}
