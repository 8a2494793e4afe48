package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Reading a KPI's months from the spreadsheet a team keeps: headers, month spellings, numbers, bounds. */
class KpiMonthsFileTest {

    private static List<KpiMonth> read(String text, Charset charset) {
        return KpiMonthsFile.read(new ByteArrayInputStream(text.getBytes(charset)));
    }

    private static List<FieldProblem> problems(String text) {
        try {
            read(text, StandardCharsets.UTF_8);
        } catch (RuleViolationException e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void japaneseHeadersInAnyOrderAndTheMonthWrittenAsPeopleWriteIt() {
        List<KpiMonth> months = read("""
                実績,対象月,目標
                "1,200",2026年4月,"1,500"
                ９８０円,2026/5,
                ,2026-06-01,1600
                """, Charset.forName("windows-31j"));
        assertThat(months).containsExactly(
                new KpiMonth(YearMonth.of(2026, 4), new BigDecimal("1500"), new BigDecimal("1200")),
                new KpiMonth(YearMonth.of(2026, 5), null, new BigDecimal("980")),
                new KpiMonth(YearMonth.of(2026, 6), new BigDecimal("1600"), null));
    }

    @Test
    void englishHeadersAndTabsWithAPercentage() {
        assertThat(read("Month\tActual\n2027-01\t92.5%\n", StandardCharsets.UTF_8))
                .containsExactly(new KpiMonth(YearMonth.of(2027, 1), null, new BigDecimal("92.5")));
    }

    @Test
    void badCellsAreNamedByRowAndColumnAndNothingIsTaken() {
        assertThat(problems("月,実績\n2026-04,10\n2026-13,11\n2026-05,たくさん\n"))
                .extracting(FieldProblem::field, FieldProblem::code, p -> p.arguments().subList(0, 2))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("file", "KpiFileRow", List.of(3L, "月")),
                        org.assertj.core.groups.Tuple.tuple("file", "KpiFileRow", List.of(4L, "実績")));
    }

    @Test
    void aFileWithoutTheColumnsOrFiguresOrPastTheBoundsIsRefused() {
        assertThat(problems("会社名,金額\nさくら,1\n")).extracting(FieldProblem::code).containsExactly("KpiFileColumns");
        assertThat(problems("月,実績\n2026-04,\n")).extracting(FieldProblem::code).containsExactly("KpiFileEmpty");
        StringBuilder many = new StringBuilder("月,実績\n");
        for (int i = 0; i <= KpiMonthsFile.MAX_ROWS; i++) {
            many.append(YearMonth.of(2000, 1).plusMonths(i)).append(",1\n");
        }
        assertThat(problems(many.toString())).extracting(FieldProblem::code).containsExactly("KpiFileRows");
        String huge = "月,実績\n" + "2026-04,1\n".repeat(KpiMonthsFile.MAX_BYTES / 10 + 10);
        assertThat(problems(huge)).extracting(FieldProblem::code).containsExactly("KpiFileSize");
        assertThatThrownBy(() -> read("", StandardCharsets.UTF_8)).isInstanceOf(RuleViolationException.class);
    }
}
