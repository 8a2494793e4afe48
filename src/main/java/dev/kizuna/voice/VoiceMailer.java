package dev.kizuna.voice;

import dev.kizuna.platform.mail.OutgoingMail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends voice's e-mails (loop replies, survey invitations) through the configured SMTP server; without one, mail is off. */
@Component
class VoiceMailer extends OutgoingMail {

    VoiceMailer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${kizuna.mail.from:kizuna@localhost}") String from) {
        super(sender, host, from, "e-mail");
    }
}
