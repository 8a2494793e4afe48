package dev.kizuna.commerce.web;

import dev.kizuna.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommerceNavigation {

    @Bean
    NavItem ordersNav() {
        return new NavItem(NavItem.SALES, "commerce.nav.orders", "/orders", null, 25);
    }

    @Bean
    NavItem overdueNav() {
        return new NavItem(NavItem.SALES, "commerce.nav.overdue", "/orders/overdue", null, 26);
    }

    @Bean
    NavItem productsNav() {
        return new NavItem(NavItem.ADMIN, "commerce.nav.products", "/admin/products", "ADMIN", 430);
    }
}
