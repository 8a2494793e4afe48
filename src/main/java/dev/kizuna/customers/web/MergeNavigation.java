package dev.kizuna.customers.web;

import dev.kizuna.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MergeNavigation {

    /** Right after the customers list: people open it while cleaning up the customer master. */
    @Bean
    NavItem duplicatesNav() {
        return new NavItem(NavItem.OPERATIONS, "nav.duplicates", "/customers/duplicates", null, 40);
    }
}
