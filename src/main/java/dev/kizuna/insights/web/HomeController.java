package dev.kizuna.insights.web;

import dev.kizuna.insights.home.Home;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The start page after sign-in: the signed-in person's cards, phone first; ↑/↓ move a card. */
@Controller
class HomeController {

    private final Home home;

    HomeController(Home home) {
        this.home = home;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("cards", home.cards());
        return "insights/home";
    }

    @PostMapping("/home/cards/{key}/move")
    String move(@PathVariable String key, @RequestParam int step) {
        home.move(key, step);
        return "redirect:/#card-" + key;
    }
}
