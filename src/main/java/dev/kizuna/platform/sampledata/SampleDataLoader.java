package dev.kizuna.platform.sampledata;

import java.util.Comparator;
import java.util.List;

import dev.kizuna.platform.KizunaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads each module's sample data once, on the first start, unless {@code KIZUNA_SAMPLE_DATA=false}. */
@Component
@Order(100)
class SampleDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

    private final List<SampleData> sets;
    private final KizunaProperties properties;
    private final SampleDataLoadRepository loads;
    private final TransactionTemplate transactions;

    SampleDataLoader(List<SampleData> sets, KizunaProperties properties, SampleDataLoadRepository loads,
            TransactionTemplate transactions) {
        this.sets = sets.stream().sorted(Comparator.comparingInt(SampleData::order)).toList();
        this.properties = properties;
        this.loads = loads;
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
            if (loads.claim(set.name())) {
                set.load();
                log.info("Loaded sample data: {}", set.name());
            }
        });
    }
}
