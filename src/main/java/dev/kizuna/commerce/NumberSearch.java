package dev.kizuna.commerce;

import dev.kizuna.platform.search.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers quote and order numbers with the header search (every signed-in user may see both). */
@Configuration(proxyBeanMethods = false)
class NumberSearch {

    @Bean
    SearchSource quoteSearch(NumberSearchRepository numbers) {
        return SearchSource.of("quote", 40, numbers::quotes);
    }

    @Bean
    SearchSource orderSearch(NumberSearchRepository numbers) {
        return SearchSource.of("order", 50, numbers::orders);
    }
}
