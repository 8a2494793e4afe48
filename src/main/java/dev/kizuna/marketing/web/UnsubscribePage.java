package dev.kizuna.marketing.web;

import dev.kizuna.marketing.MailUnsubscribes;
import dev.kizuna.platform.web.PublicPath;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public unsubscribe page {@code /u/{token}} (no sign-in; rate-limited by the platform, 30 a minute per client).
 * Opening the link shows one button, because mail scanners open links on their own; pressing it — or a mail client's
 * own unsubscribe button, which POSTs {@code List-Unsubscribe=One-Click} to the same address (RFC 8058) — turns the
 * customer's e-mail opt-in off at once.
 */
@Controller
class UnsubscribePage {

    private final MailUnsubscribes unsubscribes;

    UnsubscribePage(MailUnsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
    }

    @Bean
    static PublicPath unsubscribePages() {
        return new PublicPath("/u/", 30);
    }

    @GetMapping("/u/{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!unsubscribes.known(token)) {
            response.setStatus(404);
            model.addAttribute("state", "unknown");
        } else {
            model.addAttribute("state", "ask");
        }
        model.addAttribute("token", token);
        return "marketing/unsubscribe";
    }

    @PostMapping("/u/{token}")
    String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
        MailUnsubscribes.Outcome outcome = unsubscribes.unsubscribe(token);
        if (outcome == MailUnsubscribes.Outcome.UNKNOWN) {
            response.setStatus(404);
        }
        model.addAttribute("state", outcome == MailUnsubscribes.Outcome.UNKNOWN ? "unknown" : "done");
        model.addAttribute("token", token);
        return "marketing/unsubscribe";
    }
}
