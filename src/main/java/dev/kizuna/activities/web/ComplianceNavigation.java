package dev.kizuna.activities.web;

import dev.kizuna.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ComplianceNavigation {

    @Bean
    NavItem complianceNav() {
        return new NavItem(NavItem.ANALYSIS, "nav.compliance", "/compliance", null, 50);
    }

    @Bean
    NavItem complianceSettingsNav() {
        return new NavItem(NavItem.ADMIN, "nav.complianceSettings", "/admin/compliance", "ADMIN", 310);
    }
}
