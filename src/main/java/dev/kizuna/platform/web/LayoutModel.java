package dev.kizuna.platform.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import dev.kizuna.platform.security.Actor;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in, the navigation they may see, the current path. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final List<NavItem> items;

    LayoutModel(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @ModelAttribute("actor")
    Actor actor() {
        return CurrentActor.get().orElse(null);
    }

    @ModelAttribute("navMain")
    List<NavItem> mainNavigation() {
        return visible(NavItem.MAIN);
    }

    @ModelAttribute("navQuick")
    List<NavItem> quickActions() {
        return visible(NavItem.QUICK);
    }

    @ModelAttribute("navAdmin")
    List<NavItem> adminNavigation() {
        return visible(NavItem.ADMIN);
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin() {
        return CurrentActor.hasRole("ADMIN");
    }

    /** Members and above: may create and change records (buttons for viewers are hidden). */
    @ModelAttribute("canEdit")
    boolean canEdit() {
        return CurrentActor.hasRole("MEMBER");
    }

    /** Managers and above: may delete and merge records. */
    @ModelAttribute("isManager")
    boolean isManager() {
        return CurrentActor.hasRole("MANAGER");
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private List<NavItem> visible(String section) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return List.of();
        }
        List<String> authorities = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return items.stream()
                .filter(i -> i.section().equals(section))
                .filter(i -> i.requiredRole() == null || authorities.contains("ROLE_" + i.requiredRole()))
                .toList();
    }
}
