package dev.kizuna.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A quote e-mailed (to in-process GreenMail) arrives in Japanese with its PDF attached and readable. */
class QuoteMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void theQuoteArrivesWithItsPdfAttached() throws Exception {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Quote quote = QuotePdfTest.sample(3);
        byte[] pdf = new QuotePdf().render(quote);

        new QuoteMail(sender, "kizuna@shachihoko.example", messages).send(quote, "sato@sakura-seiki.example",
                "先日はありがとうございました。", pdf, Locale.JAPANESE);

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("御見積書 Q-2026-000123-2：名刺・封筒の年間契約（株式会社シャチホコ商事）");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("sato@sakura-seiki.example");
        Multipart parts = (Multipart) mail.getContent();
        String text = null;
        byte[] attached = null;
        String fileName = null;
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.getContent() instanceof Multipart inner) {
                text = (String) inner.getBodyPart(0).getContent();
            } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                attached = part.getInputStream().readAllBytes();
                fileName = MimeUtility.decodeText(part.getFileName());
            }
        }
        assertThat(text).startsWith("先日はありがとうございました。").contains("株式会社さくら精機 御中", "¥450,600（税込）",
                "2026年12月24日");
        assertThat(fileName).isEqualTo("見積書_Q-2026-000123-2.pdf");
        try (var doc = Loader.loadPDF(attached)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("株式会社さくら精機", "名刺印刷 100枚（両面カラー）");
        }
    }
}
