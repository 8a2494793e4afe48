package dev.kizuna.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

    @Bean
    NavItem homeNav() {
        return new NavItem(NavItem.HOME, "nav.home", "/", null, 0);
    }

    @Bean
    NavItem auditNav() {
        return new NavItem(NavItem.ADMIN, "nav.audit", "/admin/audit", "ADMIN", 900);
    }
}
