package dev.kizuna.platform.web;

import java.util.List;

/**
 * One group of the sidebar as the layout shows it: its heading's message key ({@code nav.section.<group>}), the
 * entries the user may open and whether the page being shown belongs to it.
 */
public record NavSection(String group, List<NavItem> items, boolean current) {

    public String messageKey() {
        return "nav.section." + group;
    }
}
