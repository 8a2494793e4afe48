package dev.kizuna.work;

import dev.kizuna.platform.mail.OutgoingMail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends a playbook step's e-mail through the configured SMTP server (KIZUNA_SMTP_HOST); without one, mail is off. */
@Component
class PlaybookMailer extends OutgoingMail {

    PlaybookMailer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${kizuna.mail.from:kizuna@localhost}") String from) {
        super(sender, host, from, "playbook e-mails");
    }
}
