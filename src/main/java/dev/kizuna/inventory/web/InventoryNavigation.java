package dev.kizuna.inventory.web;

import dev.kizuna.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InventoryNavigation {

    @Bean
    NavItem inventoryStockNav() {
        return new NavItem(NavItem.OPERATIONS, "inventory.nav.stock", "/inventory", null, 60);
    }

    @Bean
    NavItem inventoryCheckNav() {
        return new NavItem(NavItem.OPERATIONS, "inventory.nav.check", "/inventory/check", null, 61);
    }

    @Bean
    NavItem inventoryForecastNav() {
        return new NavItem(NavItem.ANALYSIS, "inventory.nav.forecast", "/inventory/forecast", null, 60);
    }
}
