package dev.kizuna.voice;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends voice's e-mails (loop replies, survey invitations) through the configured SMTP server; without one, mail is off. */
@Component
class VoiceMailer {

    private JavaMailSender sender;
    private final String from;

    VoiceMailer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${kizuna.mail.from:kizuna@localhost}") String from) {
        this.sender = host == null || host.isBlank() ? null : sender.getIfAvailable();
        this.from = from;
    }

    /** For tests: send through this server (an in-process one). */
    void useSender(JavaMailSender sender) {
        this.sender = sender;
    }

    boolean on() {
        return sender != null;
    }

    void send(String to, String subject, String body) {
        if (sender == null) {
            throw new IllegalStateException("e-mail is off: set KIZUNA_SMTP_HOST to send e-mail");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        sender.send(message);
    }
}
