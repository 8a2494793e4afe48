package dev.kizuna.inventory;

import dev.kizuna.platform.mail.OutgoingMail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends the delivery notice through the configured SMTP server (KIZUNA_SMTP_HOST); without one, mail is off. */
@Component
class InventoryMailer extends OutgoingMail {

    InventoryMailer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${kizuna.mail.from:kizuna@localhost}") String from) {
        super(sender, host, from, "delivery notices");
    }
}
