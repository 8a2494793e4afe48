package dev.kizuna.platform.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sending e-mail through the configured SMTP server ({@code KIZUNA_SMTP_HOST}, see the README): without a host, mail
 * is off and {@link #send} says so. Each module that mails extends it with its own {@code @Component} (so a test can
 * point one module's mail at an in-process server with {@link #useSender} without touching the others'). Delivery
 * bookkeeping — claiming a row before sending, so that a restart or a second instance never sends it twice — stays
 * with the module that owns the rows.
 */
public class OutgoingMail {

    private JavaMailSender sender;
    private final String from;
    private final String what;

    /**
     * @param what what this module mails, for the "mail is off" message ("playbook e-mails")
     */
    protected OutgoingMail(ObjectProvider<JavaMailSender> sender, String host, String from, String what) {
        this.sender = host == null || host.isBlank() ? null : sender.getIfAvailable();
        this.from = from;
        this.what = what;
    }

    /** For tests: send through this server (an in-process one); null turns mail off. */
    public void useSender(JavaMailSender sender) {
        this.sender = sender;
    }

    /** Whether an SMTP server is configured. */
    public boolean on() {
        return sender != null;
    }

    /** Sends a plain-text mail from the configured address. */
    public void send(String to, String subject, String body) {
        send(MailMessage.text(to, subject, body));
    }

    /**
     * Sends the mail; text and HTML become multipart/alternative.
     *
     * @throws IllegalStateException when mail is off
     * @throws org.springframework.mail.MailException when the server refuses it or cannot be reached
     */
    public void send(MailMessage mail) {
        JavaMailSender current = sender;
        if (current == null) {
            throw new IllegalStateException("e-mail is off: set KIZUNA_SMTP_HOST to send " + what);
        }
        MimeMessage message;
        try {
            message = mail.messageId().isEmpty() ? current.createMimeMessage()
                    : new FixedIdMessage(current instanceof JavaMailSenderImpl impl ? impl.getSession()
                            : Session.getInstance(new Properties()), mail.messageId());
            MimeMessageHelper helper = new MimeMessageHelper(message, !mail.html().isEmpty(),
                    StandardCharsets.UTF_8.name());
            helper.setFrom(mail.fromName().isBlank() ? new InternetAddress(from)
                    : new InternetAddress(from, mail.fromName(), StandardCharsets.UTF_8.name()));
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            if (mail.html().isEmpty()) {
                helper.setText(mail.text());
            } else {
                helper.setText(mail.text(), mail.html());
            }
            for (var header : mail.headers().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("could not make the e-mail to " + mail.to(), e);
        }
        current.send(message);
    }

    /** A message that keeps the Message-ID it was given instead of making a new one when saved. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
