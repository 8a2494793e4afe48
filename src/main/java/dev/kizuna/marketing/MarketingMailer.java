package dev.kizuna.marketing;

import dev.kizuna.platform.mail.OutgoingMail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends campaign and step e-mails through the configured SMTP server; without one, mail is off and they wait. */
@Component
class MarketingMailer extends OutgoingMail {

    MarketingMailer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${kizuna.mail.from:kizuna@localhost}") String from) {
        super(sender, host, from, "campaign e-mails");
    }
}
