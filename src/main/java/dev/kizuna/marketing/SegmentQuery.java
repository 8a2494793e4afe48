package dev.kizuna.marketing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kizuna.customers.CustomField;
import dev.kizuna.customers.CustomFields;
import dev.kizuna.customers.FieldCondition;
import dev.kizuna.platform.api.Check;
import org.springframework.stereotype.Component;

/** Turns a segment's conditions into the {@code and …} SQL after {@link SegmentRepository#FROM}, checked first. */
@Component
class SegmentQuery {

    /** The SQL after {@code where true} and its bind values. */
    record Where(String sql, List<Object> args) {
    }

    private final CustomFields customFields;

    SegmentQuery(CustomFields customFields) {
        this.customFields = customFields;
    }

    /** The custom fields a condition may name: {@code customFields.<key>} of the customers' active ones. */
    Set<String> customNames() {
        return customFields.active("company").stream().map(CustomField::name).collect(Collectors.toSet());
    }

    void check(List<SegmentCondition> conditions, Check check) {
        SegmentFields.check(conditions, customNames(), check);
    }

    Where where(List<SegmentCondition> conditions, LocalDate today) {
        Check check = Check.of();
        check(conditions, check);
        check.verify();
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        SegmentFields.appendBuiltIn(conditions, today, sql, args);
        List<FieldCondition> custom = conditions.stream().filter(c -> SegmentFields.isCustom(c.field()))
                .map(c -> new FieldCondition(c.field(), c.op(), c.values().getFirst())).toList();
        customFields.appendConditions("company", "c", custom, sql, args);
        return new Where(sql.toString(), args);
    }
}
