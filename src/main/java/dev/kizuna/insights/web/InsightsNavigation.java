package dev.kizuna.insights.web;

import dev.kizuna.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InsightsNavigation {

    @Bean
    NavItem dailyReportsNav() {
        return new NavItem(NavItem.ANALYSIS, "nav.dailyReports", "/daily-reports", "MEMBER", 60);
    }

    @Bean
    NavItem reportsNav() {
        return new NavItem(NavItem.ANALYSIS, "report.nav", "/reports", null, 10);
    }

    @Bean
    NavItem dashboardsNav() {
        return new NavItem(NavItem.ANALYSIS, "dashboard.nav", "/dashboards", null, 11);
    }

    @Bean
    NavItem homeCardsNav() {
        return new NavItem(NavItem.SETTINGS, "home.cards.nav", "/admin/home-cards", "ADMIN", 325);
    }

    @Bean
    NavItem dailyReportSettingsNav() {
        return new NavItem(NavItem.ADMIN, "nav.dailyReportSettings", "/admin/daily-reports", "ADMIN", 320);
    }
}
