package dev.kizuna.work;

import dev.kizuna.platform.search.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers tasks and playbooks with the header search (every signed-in user may see both). */
@Configuration(proxyBeanMethods = false)
class WorkSearch {

    @Bean
    SearchSource taskSearch(WorkSearchRepository work) {
        return SearchSource.of("task", 60, work::tasks);
    }

    @Bean
    SearchSource playbookSearch(WorkSearchRepository work) {
        return SearchSource.of("playbook", 70, work::playbooks);
    }
}
