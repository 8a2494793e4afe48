package dev.kizuna.identity.web;

import dev.kizuna.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavItem usersNav() {
        return new NavItem(NavItem.ADMIN, "nav.users", "/admin/users", "ADMIN", 100);
    }

    @Bean
    NavItem rolesNav() {
        return new NavItem(NavItem.ADMIN, "nav.roles", "/admin/roles", "ADMIN", 110);
    }

    @Bean
    NavItem teamsNav() {
        return new NavItem(NavItem.ADMIN, "nav.teams", "/admin/teams", "ADMIN", 120);
    }
}
