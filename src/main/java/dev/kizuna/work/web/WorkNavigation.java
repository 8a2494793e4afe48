package dev.kizuna.work.web;

import dev.kizuna.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkNavigation {

    @Bean
    NavItem myTasksNav() {
        return new NavItem(NavItem.OPERATIONS, "work.nav.tasks", "/tasks", null, 30);
    }

    @Bean
    NavItem boardsNav() {
        return new NavItem(NavItem.OPERATIONS, "work.nav.boards", "/boards", null, 31);
    }

    @Bean
    NavItem targetListsNav() {
        return new NavItem(NavItem.OPERATIONS, "work.nav.targetLists", "/target-lists", null, 32);
    }

    @Bean
    NavItem playbooksNav() {
        return new NavItem(NavItem.OPERATIONS, "work.nav.playbooks", "/playbooks", null, 33);
    }
}
