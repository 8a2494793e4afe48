package dev.kizuna.activities.web;

import dev.kizuna.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ActivitiesNavigation {

    /** "+ 記録" in the header of every page: log a call from anywhere in a few taps. */
    @Bean
    NavItem logActivityQuick() {
        return new NavItem(NavItem.QUICK, "activities.quick", "/activities/new", "MEMBER", 10);
    }

    @Bean
    NavItem activityOptionsNav() {
        return new NavItem(NavItem.ADMIN, "nav.activityOptions", "/admin/activity-options", "ADMIN", 220);
    }

    @Bean
    NavItem followUpsNav() {
        return new NavItem(NavItem.SALES, "nav.followUps", "/activities/follow-ups", null, 14);
    }
}
