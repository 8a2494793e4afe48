package dev.kizuna.success;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Scores customers on a day: each takes the first published model whose segment it is in; each component's measure
 * is asked once for all of them (one query per component, not per customer). From {@link #WHOLE_BOOK} customers on,
 * a measure that can reads every customer's value in one statement ({@link HealthMeasure#valuesOfEveryCustomer})
 * instead of looking the customers up by id.
 */
@Component
class HealthScorer {

    /** From this many customers under one model, a measure reads every customer at once where it can. */
    static final int WHOLE_BOOK = 2_000;
    /** How many customers a measure is asked about by id at once. */
    static final int NAMED_AT_ONCE = 500;

    /** A customer, the model version that scored it, and the result. */
    record Scored(CustomerToScore customer, HealthModel model, ScoreCard card) {
    }

    private final HealthMeasures measures;

    HealthScorer(HealthMeasures measures) {
        this.measures = measures;
    }

    List<Scored> score(List<CustomerToScore> customers, List<HealthModel> published, LocalDate asOf) {
        Map<HealthModel, List<CustomerToScore>> byModel = new LinkedHashMap<>();
        for (CustomerToScore c : customers) {
            published.stream().filter(m -> m.definition().segment().matches(c.kind(), c.tags())).findFirst()
                    .ifPresent(m -> byModel.computeIfAbsent(m, k -> new ArrayList<>()).add(c));
        }
        List<Scored> scored = new ArrayList<>();
        byModel.forEach((model, group) -> {
            Map<UUID, ScoreCard> cards = cards(model.definition(), group.stream().map(CustomerToScore::id).toList(),
                    asOf);
            group.forEach(c -> scored.add(new Scored(c, model, cards.get(c.id()))));
        });
        return scored;
    }

    /** The score card of each customer under a model's definition, from what was known at the end of {@code asOf}. */
    Map<UUID, ScoreCard> cards(HealthDefinition model, Collection<UUID> ids, LocalDate asOf) {
        return cards(model, ids, asOf, ids.size() >= WHOLE_BOOK);
    }

    /** As above; {@code wholeBook}: measures that can read every customer's value in one statement do. */
    Map<UUID, ScoreCard> cards(HealthDefinition model, Collection<UUID> ids, LocalDate asOf, boolean wholeBook) {
        Map<UUID, Map<String, MeasureValue>> values = new HashMap<>();
        ids.forEach(id -> values.put(id, new HashMap<>()));
        for (HealthComponent c : model.components()) {
            HealthMeasure measure = measures.get(c.measure());
            if (measure == null) {
                continue; // a measure that went away after publishing: no data, the component's missing points
            }
            var every = wholeBook ? measure.valuesOfEveryCustomer(asOf, c.params())
                    : java.util.Optional.<HealthMeasure.EveryCustomer>empty();
            if (every.isPresent()) {
                values.forEach((id, of) -> {
                    MeasureValue v = every.get().of(id);
                    if (v != null) {
                        of.put(c.key(), v);
                    }
                });
                continue;
            }
            List<UUID> named = List.copyOf(ids);
            for (int from = 0; from < named.size(); from += NAMED_AT_ONCE) {
                measure.values(named.subList(from, Math.min(named.size(), from + NAMED_AT_ONCE)), asOf, c.params())
                        .forEach((id, v) -> {
                            Map<String, MeasureValue> of = values.get(id);
                            if (of != null) {
                                of.put(c.key(), v);
                            }
                        });
            }
        }
        Map<UUID, ScoreCard> cards = new HashMap<>();
        values.forEach((id, v) -> cards.put(id, HealthScoring.score(model, v)));
        return cards;
    }
}
