package dev.kizuna.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The one way every API reads ids and yen and writes ids and times: plain values, no Spring. */
class ApiValuesTest {

    private static final UUID ID = UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057");

    @Test
    void aMalformedIdInThePathIsNotFoundAndInTheBodyNamesTheField() {
        assertThat(ApiValues.pathId("deal", ID.toString())).isEqualTo(ID);
        assertThatThrownBy(() -> ApiValues.pathId("deal", "42")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ApiValues.id("dealId", "42")).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.problems()).containsExactly(FieldProblem.of("dealId", "UnknownId")));
        assertThatThrownBy(() -> ApiValues.id("dealId", null)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anOptionalIdMayBeLeftOutOrBlank() {
        assertThat(ApiValues.optionalId("productId", null)).isNull();
        assertThat(ApiValues.optionalId("productId", "  ")).isNull();
        assertThat(ApiValues.optionalId("productId", " " + ID + " ")).isEqualTo(ID);
        assertThatThrownBy(() -> ApiValues.optionalId("productId", "x")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void yenComesAsANumberATextOrAnAmountInYen() {
        assertThat(ApiValues.yen("amount", 12000)).isEqualTo(12000L);
        assertThat(ApiValues.yen("amount", 12000.0)).isEqualTo(12000L);
        assertThat(ApiValues.yen("amount", " 12,000 ")).isEqualTo(12000L);
        assertThat(ApiValues.yen("amount", Map.of("amount", 500, "currency", "JPY"))).isEqualTo(500L);
        assertThat(ApiValues.yen("amount", null)).isNull();
        assertThat(ApiValues.yen("amount", "")).isNull();
        assertThatThrownBy(() -> ApiValues.yen("amount", 10.5)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.problems()).containsExactly(FieldProblem.of("amount", "Yen")));
        assertThatThrownBy(() -> ApiValues.yen("amount", "千円")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> ApiValues.yen("amount", Map.of("amount", 5, "currency", "USD")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.problems()).containsExactly(FieldProblem.of("amount", "OneOf", "JPY")));
    }

    @Test
    void idsAndTimesLeaveAsTextAndUtc() {
        assertThat(ApiValues.text(ID)).isEqualTo(ID.toString());
        assertThat(ApiValues.text(null)).isNull();
        assertThat(ApiValues.utc(Instant.parse("2026-12-08T00:30:00Z"))).hasToString("2026-12-08T00:30Z");
        assertThat(ApiValues.utc(null)).isNull();
    }
}
