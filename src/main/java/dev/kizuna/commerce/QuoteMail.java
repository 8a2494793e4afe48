package dev.kizuna.commerce;

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

/** E-mails a quote with its PDF attached (見積書_Q-2026-000123.pdf). Off when no SMTP host is configured. */
@Component
class QuoteMail {

    private final JavaMailSender sender;
    private final String from;
    private final MessageSource messages;

    @Autowired
    QuoteMail(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${kizuna.mail.from:kizuna@localhost}") String from, MessageSource messages) {
        this(host == null || host.isBlank() ? null : sender.getIfAvailable(), from, messages);
    }

    QuoteMail(JavaMailSender sender, String from, MessageSource messages) {
        this.sender = sender;
        this.from = from;
        this.messages = messages;
    }

    boolean enabled() {
        return sender != null;
    }

    void send(Quote quote, String to, String message, byte[] pdf, Locale locale) {
        try {
            var mime = sender.createMimeMessage();
            var helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(messages.getMessage("commerce.quote.mail.subject",
                    new Object[] {quote.label(), quote.title(), quote.issuer().name()}, locale));
            String body = (message.isBlank() ? "" : message + "\n\n") + messages.getMessage(
                    "commerce.quote.mail.body", new Object[] {quote.recipientName(), quote.label(),
                            QuotePdf.yen(quote.totals().total()), QuotePdf.date(quote.validUntil()),
                            quote.issuer().name()}, locale);
            helper.setText(body, false);
            helper.addAttachment("見積書_" + quote.label() + ".pdf", new ByteArrayResource(pdf), "application/pdf");
            sender.send(mime);
        } catch (MessagingException e) {
            throw new MailSendException("quote " + quote.label() + " not sent", e);
        }
    }
}
