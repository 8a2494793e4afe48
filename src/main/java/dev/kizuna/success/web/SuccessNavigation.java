package dev.kizuna.success.web;

import dev.kizuna.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SuccessNavigation {

    @Bean
    NavItem phaseBoardNav() {
        return new NavItem(NavItem.SUCCESS, "success.nav.board", "/success", null, 34);
    }

    @Bean
    NavItem renewalsNav() {
        return new NavItem(NavItem.SUCCESS, "success.nav.renewals", "/success/renewals", null, 35);
    }

    @Bean
    NavItem retentionNav() {
        return new NavItem(NavItem.SUCCESS, "success.nav.retention", "/success/reports/retention", null, 36);
    }

    @Bean
    NavItem healthListNav() {
        return new NavItem(NavItem.SUCCESS, "success.health.nav", "/health", null, 37);
    }

    @Bean
    NavItem healthModelsNav() {
        return new NavItem(NavItem.ADMIN, "success.health.models.nav", "/health/models", "ADMIN", 60);
    }
}
