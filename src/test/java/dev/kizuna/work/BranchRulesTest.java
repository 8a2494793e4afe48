package dev.kizuna.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The rules of a branch step's condition, without a database. */
class BranchRulesTest {

    private static BranchCondition when(String subject, String field, String op, String value) {
        return new BranchCondition(subject, field, op, value);
    }

    @Test
    void numbersCompareAsNumbersAndTextIgnoresWidthAndCase() {
        assertThat(BranchRules.holds(when("field", "employeeCount", "gte", "30"), 30)).isTrue();
        assertThat(BranchRules.holds(when("field", "employeeCount", "gte", "30"), 29)).isFalse();
        assertThat(BranchRules.holds(when("field", "employeeCount", "lte", "30"), 12)).isTrue();
        assertThat(BranchRules.holds(when("field", "annualRevenue", "eq", "540,000,000"), 540_000_000L)).isTrue();
        assertThat(BranchRules.holds(when("field", "prefecture", "eq", "東京都"), "東京都")).isTrue();
        assertThat(BranchRules.holds(when("field", "customFields.rank", "eq", "a"), "Ａ")).isTrue(); // full width
        assertThat(BranchRules.holds(when("field", "prefecture", "ne", "東京都"), "大阪府")).isTrue();
        assertThat(BranchRules.holds(when("field", "industry", "contains", "印刷"), "商業印刷業")).isTrue();
    }

    @Test
    void listsEmptinessCheckboxesAndMissingValues() {
        assertThat(BranchRules.holds(when("field", "tags", "contains", "ポータル利用中"), List.of("VIP", "ポータル利用中")))
                .isTrue();
        assertThat(BranchRules.holds(when("field", "tags", "eq", "VIP"), List.of())).isFalse();
        assertThat(BranchRules.holds(when("field", "tags", "ne", "VIP"), List.of())).isTrue();
        assertThat(BranchRules.holds(when("field", "email", "empty", null), "")).isTrue();
        assertThat(BranchRules.holds(when("field", "email", "notEmpty", null), "info@aoba.co.jp")).isTrue();
        assertThat(BranchRules.holds(when("field", "customFields.print_orders", "eq", "true"), Boolean.TRUE)).isTrue();
        assertThat(BranchRules.holds(when("field", "customFields.print_orders", "eq", "true"), null)).isFalse();
        assertThat(BranchRules.holds(when("field", "employeeCount", "gte", "30"), null)).isFalse();
    }

    @Test
    void countsAndEvents() {
        assertThat(BranchRules.holds(when("count", "unreachedCalls", "gte", "5"), 5)).isTrue();
        assertThat(BranchRules.holds(when("count", "unreachedCalls", "gte", "5"), 4)).isFalse();
        assertThat(BranchRules.holds(when("event", "email", "happened", null), true)).isTrue();
        assertThat(BranchRules.holds(when("event", "email", "happened", null), false)).isFalse();
        assertThat(BranchRules.holds(when("event", "order", "notHappened", null), false)).isTrue();
    }

    @Test
    void problemsNameThePartOfTheCondition() {
        assertThat(problems(when("field", "shoeSize", "eq", "27"))).containsExactly("steps[0].when.field");
        assertThat(problems(when("count", "unreachedCalls", "gte", "五"))).containsExactly("steps[0].when.value");
        assertThat(problems(when("event", "email", "gte", "1"))).containsExactly("steps[0].when.op");
        assertThat(problems(when("field", "employeeCount", "gte", ""))).containsExactly("steps[0].when.value");
        assertThat(problems(when("field", "customFields.rank", "empty", null))).isEmpty();
        assertThat(problems(null)).containsExactly("steps[0].when");
    }

    private static List<String> problems(BranchCondition c) {
        Check check = Check.of();
        BranchRules.verify(check, c, "steps[0].");
        try {
            check.verify();
            return List.of();
        } catch (RuleViolationException e) {
            return e.problems().stream().map(p -> p.field()).toList();
        }
    }
}
