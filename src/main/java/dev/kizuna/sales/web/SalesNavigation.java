package dev.kizuna.sales.web;

import dev.kizuna.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SalesNavigation {

    @Bean
    NavItem dealsNav() {
        return new NavItem(NavItem.SALES, "sales.nav.deals", "/deals", null, 20);
    }

    @Bean
    NavItem stalledNav() {
        return new NavItem(NavItem.SALES, "sales.nav.stalled", "/deals/stalled", null, 21);
    }

    @Bean
    NavItem stageReportNav() {
        return new NavItem(NavItem.ANALYSIS, "sales.nav.stageReport", "/deals/reports/stages", null, 20);
    }

    @Bean
    NavItem coachingNav() {
        return new NavItem(NavItem.SALES, "sales.nav.coaching", "/deals/coaching", "MANAGER", 28);
    }

    @Bean
    NavItem leadsNav() {
        return new NavItem(NavItem.SALES, "sales.nav.leads", "/leads", null, 16);
    }

    @Bean
    NavItem leadAssignmentNav() {
        return new NavItem(NavItem.ADMIN, "sales.nav.leadAssignment", "/admin/lead-assignment", "ADMIN", 420);
    }

    @Bean
    NavItem pipelinesNav() {
        return new NavItem(NavItem.ADMIN, "sales.nav.pipelines", "/admin/pipelines", "ADMIN", 400);
    }

    @Bean
    NavItem lostReasonsNav() {
        return new NavItem(NavItem.ADMIN, "sales.nav.lostReasons", "/admin/lost-reasons", "ADMIN", 410);
    }
}
