package dev.kizuna.inventory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends the delivery notice through the configured SMTP server (KIZUNA_SMTP_HOST); without one, mail is off. */
@Component
class InventoryMailer {

    private JavaMailSender sender;
    private final String from;

    InventoryMailer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${kizuna.mail.from:kizuna@localhost}") String from) {
        this.sender = host == null || host.isBlank() ? null : sender.getIfAvailable();
        this.from = from;
    }

    /** For tests: send through this server (an in-process one). */
    void useSender(JavaMailSender sender) {
        this.sender = sender;
    }

    void send(String to, String subject, String body) {
        if (sender == null) {
            throw new IllegalStateException("e-mail is off: set KIZUNA_SMTP_HOST to send delivery notices");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        sender.send(message);
    }
}
