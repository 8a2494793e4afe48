package dev.kizuna.customers;

import dev.kizuna.platform.search.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers customers and contacts with the header search (every signed-in user may see both). */
@Configuration(proxyBeanMethods = false)
class CustomerSearch {

    @Bean
    SearchSource companySearch(CustomerSearchRepository repository) {
        return SearchSource.of("company", 10, repository::companies);
    }

    @Bean
    SearchSource contactSearch(CustomerSearchRepository repository) {
        return SearchSource.of("contact", 20, repository::contacts);
    }
}
