package dev.kizuna.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;

import org.junit.jupiter.api.Test;

class CheckTest {

    @Test
    void reportsEveryBrokenFieldAtOnceButOnlyTheFirstRuleOfEachField() {
        assertThatThrownBy(() -> Check.of()
                .required("email", " ")
                .email("email", " ")
                .maxLength("name", "あ".repeat(61), 60)
                .verify())
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("email", "NotBlank"),
                                org.assertj.core.groups.Tuple.tuple("name", "Size")));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String sixtyKanjiWithSurrogates = "𠮷".repeat(60);
        assertThatNoException().isThrownBy(() -> Check.of().maxLength("name", sixtyKanjiWithSurrogates, 60).verify());
    }

    @Test
    void emailAndChoiceRules() {
        assertThat(Check.of().email("email", "tanaka@example.co.jp").hasProblems()).isFalse();
        assertThat(Check.of().email("email", "tanaka@example").hasProblems()).isTrue();
        assertThat(Check.of().oneOf("locale", "fr", List.of("ja", "en")).hasProblems()).isTrue();
        assertThat(Check.of().oneOf("locale", "en", List.of("ja", "en")).hasProblems()).isFalse();
    }

    @Test
    void versionsComeFromIfMatchOrTheBody() {
        assertThat(Versions.required(null, "\"3\"")).isEqualTo(3);
        assertThat(Versions.required(null, "W/\"4\"")).isEqualTo(4);
        assertThat(Versions.required(5L, null)).isEqualTo(5);
        assertThatThrownBy(() -> Versions.required(null, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Versions.required(null, "\"abc\"")).isInstanceOf(RuleViolationException.class);
    }
}
