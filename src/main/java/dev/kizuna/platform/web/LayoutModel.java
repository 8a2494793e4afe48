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

    /** The sidebar grouped by job (営業, カスタマーサクセス, 業務, 分析, 設定); groups the user has nothing in are left out. */
    @ModelAttribute("navSections")
    List<NavSection> sections(HttpServletRequest request) {
        List<NavItem> visible = visible();
        String current = currentHref(visible, currentPath(request));
        return NavItem.GROUPS.stream()
                .map(group -> visible.stream().filter(i -> i.group().equals(group)).toList())
                .filter(items -> !items.isEmpty())
                .map(items -> new NavSection(items.getFirst().group(), items,
                        items.stream().anyMatch(i -> i.href().equals(current))))
                .toList();
    }

    /** The entry of the page being shown: the longest path the current one starts with ("/" only for itself). */
    @ModelAttribute("navCurrent")
    String navCurrent(HttpServletRequest request) {
        return currentHref(visible(), currentPath(request));
    }

    @ModelAttribute("navQuick")
    List<NavItem> quickActions() {
        return visible().stream().filter(i -> i.section().equals(NavItem.QUICK)).toList();
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

    static String currentHref(List<NavItem> items, String path) {
        return items.stream().filter(i -> !i.section().equals(NavItem.QUICK))
                .map(NavItem::href)
                .filter(href -> path.equals(href) || (!href.equals("/") && path.startsWith(href + "/")))
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }

    private List<NavItem> visible() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return List.of();
        }
        List<String> authorities = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return items.stream()
                .filter(i -> i.requiredRole() == null || authorities.contains("ROLE_" + i.requiredRole()))
                .toList();
    }
}
