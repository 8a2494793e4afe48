package dev.kizuna.dataio.web;

import dev.kizuna.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DataioNavigation {

    @Bean
    NavItem importsNav() {
        return new NavItem(NavItem.OPERATIONS, "dataio.nav.imports", "/imports", "MEMBER", 80);
    }

    @Bean
    NavItem exportsNav() {
        return new NavItem(NavItem.OPERATIONS, "dataio.nav.exports", "/exports", null, 81);
    }
}
