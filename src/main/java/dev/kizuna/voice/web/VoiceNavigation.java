package dev.kizuna.voice.web;

import dev.kizuna.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VoiceNavigation {

    @Bean
    NavItem feedbackNav() {
        return new NavItem(NavItem.SUCCESS, "voice.nav.feedback", "/voice/feedback", null, 36);
    }

    /** Seed 002's お手紙返信: the CRM staff's daily desk. */
    @Bean
    NavItem lettersNav() {
        return new NavItem(NavItem.SUCCESS, "voice.nav.letters", "/voice/letters", null, 38);
    }
}
