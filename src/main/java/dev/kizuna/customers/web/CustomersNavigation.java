package dev.kizuna.customers.web;

import dev.kizuna.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CustomersNavigation {

    @Bean
    NavItem customersNav() {
        return new NavItem(NavItem.SALES, "nav.customers", "/customers", null, 10);
    }

    @Bean
    NavItem contactsNav() {
        return new NavItem(NavItem.SALES, "contacts.list.nav", "/contacts", null, 12);
    }

    @Bean
    NavItem customFieldsNav() {
        return new NavItem(NavItem.ADMIN, "nav.customFields", "/admin/custom-fields", "ADMIN", 210);
    }

    @Bean
    NavItem requiredFieldsNav() {
        return new NavItem(NavItem.ADMIN, "nav.requiredFields", "/admin/required-fields", "ADMIN", 200);
    }
}
