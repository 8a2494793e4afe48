package dev.kizuna.sales;

import dev.kizuna.platform.search.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers deals with the header search (every signed-in user may see deals). */
@Configuration(proxyBeanMethods = false)
class DealSearch {

    @Bean
    SearchSource dealSearchSource(DealSearchRepository deals) {
        return SearchSource.of("deal", 30, deals::find);
    }
}
