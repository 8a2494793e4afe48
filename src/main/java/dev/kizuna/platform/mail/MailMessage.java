package dev.kizuna.platform.mail;

import java.util.Map;

/**
 * One e-mail to send: to, the sender's display name (empty: the address alone), subject, plain text, HTML (empty for
 * text only), extra headers ({@code List-Unsubscribe} …) and a Message-ID (empty: the mail library makes one; give a
 * stable one when a mail might be sent again after a crash, so mail clients can drop the copy).
 */
public record MailMessage(String to, String fromName, String subject, String text, String html,
        Map<String, String> headers, String messageId) {

    public MailMessage {
        fromName = fromName == null ? "" : fromName;
        html = html == null ? "" : html;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        messageId = messageId == null ? "" : messageId;
    }

    /** A plain-text mail from the configured address. */
    public static MailMessage text(String to, String subject, String body) {
        return new MailMessage(to, "", subject, body, "", Map.of(), "");
    }
}
