package dev.kizuna.platform.sampledata;

import java.util.Comparator;
import java.util.List;

import dev.kizuna.platform.KizunaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads each module's sample data once, on the first start, unless {@code KIZUNA_SAMPLE_DATA=false}. */
@Component
@Order(100)
class SampleDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

    private final List<SampleData> sets;
    private final KizunaProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    SampleDataLoader(List<SampleData> sets, KizunaProperties properties, JdbcClient jdbc, TransactionTemplate transactions) {
        this.sets = sets.stream().sorted(Comparator.comparingInt(SampleData::order)).toList();
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.sampleData()) {
            return;
        }
        // Sample data is written by "system", allowed everything, so modules load it through their facades.
        dev.kizuna.platform.security.SystemActor.run(() -> sets.forEach(this::loadOnce));
    }

    private void loadOnce(SampleData set) {
        transactions.executeWithoutResult(tx -> {
            int claimed = jdbc.sql("insert into sample_data_load (name) values (?) on conflict do nothing")
                    .param(set.name()).update();
            if (claimed == 1) {
                set.load();
                log.info("Loaded sample data: {}", set.name());
            }
        });
    }
}
