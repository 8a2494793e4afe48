package dev.kizuna.insights.web;

import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.Roles;
import dev.kizuna.insights.home.Home;
import dev.kizuna.platform.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators choose the home cards of each job role (担当); a role with none chosen gets its level's defaults. */
@Controller
class HomeCardsController {

    private final Home home;
    private final Roles roles;

    HomeCardsController(Home home, Roles roles) {
        this.home = home;
        this.roles = roles;
    }

    @GetMapping("/admin/home-cards")
    String page(Model model) {
        model.addAttribute("roles", roles.list(false));
        model.addAttribute("catalogue", home.catalogue());
        model.addAttribute("chosen", home.roleCards());
        return "insights/home-cards";
    }

    @PostMapping("/admin/home-cards/{roleId}")
    String save(@PathVariable UUID roleId, @RequestParam(name = "card", required = false) List<String> cards,
            RedirectAttributes redirect) {
        home.setRoleCards(roleId, cards == null ? List.of() : cards);
        Flash.success(redirect, "home.cards.saved", roles.find(roleId).name());
        return "redirect:/admin/home-cards";
    }
}
