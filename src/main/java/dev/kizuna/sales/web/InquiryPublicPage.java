package dev.kizuna.sales.web;

import dev.kizuna.platform.web.PublicPath;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inquiry form is public: each client may open or post it {@code kizuna.inquiry.per-minute} times a minute. */
@Configuration(proxyBeanMethods = false)
class InquiryPublicPage {

    @Bean
    PublicPath inquiryPage(@Value("${kizuna.inquiry.per-minute:30}") int perMinute) {
        return new PublicPath("/inquiry", perMinute);
    }
}
