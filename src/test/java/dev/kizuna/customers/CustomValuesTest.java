package dev.kizuna.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import org.junit.jupiter.api.Test;

/** How typed custom values become stored ones, and which are refused with which rule. */
class CustomValuesTest {

    private static CustomField field(String key, FieldType type, String... options) {
        return new CustomField(UUID.randomUUID(), "company", key, key, "", type, List.of(options), 1, false, 0);
    }

    private static final List<CustomField> FIELDS = List.of(field("rank", FieldType.SINGLE_CHOICE, "A", "B"),
            field("fee", FieldType.MONEY), field("score", FieldType.NUMBER), field("renewal", FieldType.DATE),
            field("print", FieldType.CHECKBOX), field("interests", FieldType.MULTIPLE_CHOICE, "ロゴ", "名刺"),
            field("site", FieldType.URL), field("memo", FieldType.TEXT));

    private static List<FieldProblem> problems(Map<String, ?> typed) {
        Check check = Check.of();
        CustomValues.clean(FIELDS, typed, Map.of(), check, id -> false);
        try {
            check.verify();
            return List.of();
        } catch (RuleViolationException e) {
            return e.problems();
        }
    }

    @Test
    void typedValuesAreStoredInTheirOwnForm() {
        Map<String, Object> stored = CustomValues.clean(FIELDS, Map.of("rank", "Ｂ", "fee", "¥12,000", "score", "３.５",
                "renewal", "2027/4/1", "print", "on", "interests", List.of("名刺", "ロゴ", "名刺"), "memo", "  重要顧客  "),
                Map.of(), Check.of(), id -> false);
        assertThat(stored).containsEntry("rank", "B").containsEntry("fee", 12000L)
                .containsEntry("score", new BigDecimal("3.5")).containsEntry("renewal", "2027-04-01")
                .containsEntry("print", true).containsEntry("interests", List.of("名刺", "ロゴ")).containsEntry("memo", "重要顧客");
    }

    @Test
    void anEmptyValueClearsAndAbsentKeysKeepTheirValue() {
        Map<String, Object> stored = CustomValues.clean(FIELDS, Map.of("rank", ""), Map.of("rank", "A", "fee", 500L),
                Check.of(), id -> false);
        assertThat(stored).doesNotContainKey("rank").containsEntry("fee", 500L);
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndTheRule() {
        assertThat(problems(Map.of("rank", "Z"))).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("customFields.rank", "OneOf"));
        assertThat(problems(Map.of("fee", "12.5"))).extracting(FieldProblem::code).containsExactly("Yen");
        assertThat(problems(Map.of("fee", "-1"))).extracting(FieldProblem::code).containsExactly("Yen");
        assertThat(problems(Map.of("score", "たくさん"))).extracting(FieldProblem::code).containsExactly("Number");
        assertThat(problems(Map.of("renewal", "2027-02-30"))).extracting(FieldProblem::code).containsExactly("Date");
        assertThat(problems(Map.of("print", "maybe"))).extracting(FieldProblem::code).containsExactly("TypeMismatch");
        assertThat(problems(Map.of("interests", List.of("ロゴ", "看板")))).extracting(FieldProblem::code).containsExactly("OneOf");
        assertThat(problems(Map.of("site", "not a site"))).extracting(FieldProblem::code).containsExactly("Url");
        assertThat(problems(Map.of("memo", "あ".repeat(501)))).extracting(FieldProblem::code).containsExactly("Size");
        assertThat(problems(Map.of("nosuch", "1"))).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("customFields.nosuch", "UnknownField"));
    }

    @Test
    void anUnchangedValueOfARetiredFieldIsKeptWithoutComplaint() {
        Map<String, Object> stored = CustomValues.clean(FIELDS, Map.of("old", "X-1", "rank", "A"), Map.of("old", "X-1"),
                Check.of(), id -> false);
        assertThat(stored).containsEntry("old", "X-1").containsEntry("rank", "A");
    }

    @Test
    void listUrlsBecomeFiltersTheSameWayForPagesAndTheApi() {
        CompanyFilter filter = CompanyFilter.fromParameters(Map.of("q", new String[] {"さくら"},
                "filter[status]", new String[] {"customer"}, "filter[customFields.fee][gte]", new String[] {"1000"},
                "cf", new String[] {"prefecture", "customFields.rank"}, "co", new String[] {"eq", "eq"},
                "cv", new String[] {"東京都", "A"}, "sort", new String[] {"customFields.fee"}, "desc", new String[] {"true"}));
        assertThat(filter.text()).isEqualTo("さくら");
        assertThat(filter.sort()).isEqualTo("customFields.fee");
        assertThat(filter.desc()).isTrue();
        assertThat(filter.conditions()).containsExactlyInAnyOrder(FieldCondition.eq("status", "customer"),
                new FieldCondition("customFields.fee", "gte", "1000"), FieldCondition.eq("prefecture", "東京都"),
                FieldCondition.eq("customFields.rank", "A"));
        assertThat(filter.valueOf("status")).isEqualTo("customer");
        assertThat(filter.rows()).extracting(FieldCondition::field)
                .containsExactlyInAnyOrder("customFields.fee", "prefecture", "customFields.rank");
    }
}
