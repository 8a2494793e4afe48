package dev.kizuna.marketing.web;

import dev.kizuna.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MarketingNavigation {

    @Bean
    NavItem subscriptionsNav() {
        return new NavItem(NavItem.SALES, "marketing.nav.subscriptions", "/subscriptions", null, 36);
    }

    @Bean
    NavItem mailMarketingNav() {
        return new NavItem(NavItem.SALES, "marketing.nav.mail", "/marketing", null, 38);
    }

    @Bean
    NavItem mailSettingsNav() {
        return new NavItem(NavItem.SETTINGS, "marketing.nav.mailSettings", "/marketing/settings", "ADMIN", 430);
    }

    @Bean
    NavItem marketingReportsNav() {
        return new NavItem(NavItem.ANALYSIS, "marketing.nav.reports", "/marketing/reports", null, 37);
    }
}
