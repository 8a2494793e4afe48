package dev.kizuna.sales.web;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.sales.LeadDraft;
import dev.kizuna.sales.Leads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public inquiry form (お問い合わせ, no sign-in) at {@code /inquiry}: link to it from the company's website, or
 * show it there in an iframe ({@code /inquiry?embed=true}: without the page's backdrop; which sites may frame it is
 * {@code KIZUNA_INQUIRY_FRAME_ANCESTORS}, see the security configuration).
 * Spam checks: a honeypot field people never see ({@code website}), and a signed time stamp from when the form was
 * shown, good for one post — a post sooner than {@link #MIN_FILL} or older than a day, with a forged stamp or with
 * one already used, is dropped. Spam gets the same thank-you page (nothing tells a robot what gave it away) and is
 * not stored. A form shown again with its errors carries a fresh stamp with the same starting time.
 */
@Controller
class InquiryController {

    static final Duration MIN_FILL = Duration.ofSeconds(3);
    static final Duration MAX_AGE = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(InquiryController.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Leads leads;
    private final UsedStampRepository usedStamps;
    private final FormErrors formErrors;
    private final byte[] key;
    private final Clock clock;

    InquiryController(Leads leads, UsedStampRepository usedStamps, FormErrors formErrors,
            @Value("${kizuna.inquiry.secret:}") String secret, java.util.Optional<Clock> clock) {
        this.leads = leads;
        this.usedStamps = usedStamps;
        this.formErrors = formErrors;
        this.clock = clock.orElse(Clock.systemUTC());
        if (secret == null || secret.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            this.key = random;
        } else {
            this.key = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    @GetMapping("/inquiry")
    String form(@RequestParam(defaultValue = "false") boolean embed, Model model) {
        model.addAttribute("embed", embed);
        model.addAttribute("stamp", stamp(clock.millis()));
        model.addAttribute("draft", new LeadDraft("", "", "", "", "", "", null));
        return "sales/inquiry";
    }

    @PostMapping("/inquiry")
    String submit(@RequestParam(defaultValue = "") String companyName, @RequestParam(defaultValue = "") String personName,
            @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String message, @RequestParam(defaultValue = "") String website,
            @RequestParam(defaultValue = "") String stamp, @RequestParam(defaultValue = "false") boolean embed,
            Model model) {
        model.addAttribute("embed", embed);
        LeadDraft draft = new LeadDraft(companyName, personName, email, phone, message, "Webフォーム", null);
        if (!website.isEmpty() || !humanPaced(stamp)) {
            log.info("Inquiry form post dropped as spam ({})", website.isEmpty() ? "too fast or bad stamp" : "honeypot");
            return "sales/inquiry-thanks";
        }
        if (!usedStamps.use(stamp, java.time.Instant.ofEpochMilli(startedAt(stamp)).plus(MAX_AGE))) {
            log.info("Inquiry form post dropped as spam (stamp used before)");
            return "sales/inquiry-thanks";
        }
        try {
            leads.receive(draft);
            return "sales/inquiry-thanks";
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("draft", draft);
            model.addAttribute("stamp", stamp(startedAt(stamp))); // a fresh stamp; the time they started stays
            return "sales/inquiry";
        }
    }

    /** "millis.nonce.signature" for when the form was shown; the nonce makes every stamp a different one. */
    String stamp(long millis) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        String signed = millis + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return signed + "." + sign(signed);
    }

    boolean humanPaced(String stamp) {
        int dot = stamp.lastIndexOf('.');
        if (dot < 1 || stamp.indexOf('.') == dot) {
            return false;
        }
        String signed = stamp.substring(0, dot);
        if (!java.security.MessageDigest.isEqual(sign(signed).getBytes(StandardCharsets.UTF_8),
                stamp.substring(dot + 1).getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        try {
            long elapsed = clock.millis() - startedAt(stamp);
            return elapsed >= MIN_FILL.toMillis() && elapsed <= MAX_AGE.toMillis();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** When the form was shown, from a stamp whose signature was checked. */
    private static long startedAt(String stamp) {
        return Long.parseLong(stamp.substring(0, stamp.indexOf('.')));
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

}
