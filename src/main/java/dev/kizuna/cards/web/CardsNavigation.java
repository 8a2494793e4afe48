package dev.kizuna.cards.web;

import dev.kizuna.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Business cards under sales: reps hand them in, an assistant reviews them (seed 004). */
@Configuration(proxyBeanMethods = false)
class CardsNavigation {

    @Bean
    NavItem cardsNav() {
        return new NavItem(NavItem.SALES, "cards.nav", "/cards", null, 14);
    }
}
