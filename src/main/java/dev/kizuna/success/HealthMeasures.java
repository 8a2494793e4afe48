package dev.kizuna.success;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/** Every {@link HealthMeasure} bean, by key: what models may name. */
@Component
class HealthMeasures {

    private final Map<String, HealthMeasure> byKey = new TreeMap<>();

    HealthMeasures(List<HealthMeasure> measures) {
        measures.forEach(m -> {
            if (byKey.putIfAbsent(m.key(), m) != null) {
                throw new IllegalStateException("two health measures named " + m.key());
            }
        });
    }

    Map<String, HealthMeasure> byKey() {
        return byKey;
    }

    HealthMeasure get(String key) {
        return byKey.get(key);
    }
}
