package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** The reply desk's rules without Spring: due times, who may claim and write, what a set needs, the head's review. */
class LetterRulesTest {

    private static final BusinessCalendar CALENDAR = new BusinessCalendar();
    private static final UUID SATO = UUID.randomUUID();
    private static final UUID ITO = UUID.randomUUID();

    private static Letter letter(String status, UUID assignee, Instant researched, String reply, List<String> copies,
            String rough) {
        return new Letter(UUID.randomUUID(), "postcard", UUID.randomUUID(), "山田 花子", null, null,
                LocalDate.of(2026, 12, 7), Instant.parse("2026-12-09T09:00:00Z"), "化粧水について", status, assignee,
                assignee == null ? null : "佐藤", null, researched, reply, copies, rough, 0, 0, 0, null, null, null,
                null, null, null, 0, Instant.now(), Instant.now(), null);
    }

    private static List<String> codes(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void aPostcardIsDueAtSixOnTheSecondBusinessDayAfterItCameIn() {
        // Monday 2026-12-07 → Wednesday 12-09 18:00 Tokyo.
        assertThat(LetterRules.dueAt(LocalDate.of(2026, 12, 7), 2, CALENDAR).atZone(LetterRules.ZONE))
                .isEqualTo(ZonedDateTime.of(2026, 12, 9, 18, 0, 0, 0, LetterRules.ZONE));
        // Friday 2026-05-01: the weekend and 5/4–5/6 (holidays) do not count → Friday 5/8.
        assertThat(LetterRules.dueAt(LocalDate.of(2026, 5, 1), 2, CALENDAR).atZone(LetterRules.ZONE).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 5, 8));
        Letter l = letter("received", null, null, "", List.of("", "", ""), "");
        assertThat(l.overdue(Instant.parse("2026-12-09T08:59:59Z"))).isFalse();
        assertThat(l.overdue(Instant.parse("2026-12-09T09:00:01Z"))).isTrue();
    }

    @Test
    void oneWriterPerPostcardAndOnlyTheirsToWrite() {
        Letter free = letter("received", null, null, "", List.of("", "", ""), "");
        assertThat(LetterRules.claimProblem(free, SATO)).isNull();
        Letter taken = letter("writing", SATO, null, "", List.of("", "", ""), "");
        assertThat(LetterRules.claimProblem(taken, SATO)).isNull();
        assertThat(LetterRules.claimProblem(taken, ITO)).isEqualTo(FieldProblem.of("assigneeId", "LetterTaken", "佐藤"));
        assertThat(LetterRules.writeProblem(taken, ITO).code()).isEqualTo("LetterNotYours");
        assertThat(LetterRules.writeProblem(taken, SATO)).isNull();
        assertThat(LetterRules.writeProblem(letter("submitted", SATO, null, "", List.of("", "", ""), ""), SATO).code())
                .isEqualTo("LetterState");
        assertThat(LetterRules.writeProblem(letter("returned", SATO, null, "", List.of("", "", ""), ""), SATO)).isNull();
        assertThat(LetterRules.claimProblem(letter("sent", null, null, "", List.of("", "", ""), ""), SATO).code())
                .isEqualTo("LetterState");
    }

    @Test
    void noTimerBeforeTheCustomerWasChecked() {
        assertThat(LetterRules.startProblem(letter("writing", SATO, null, "", List.of("", "", ""), ""), "reply"))
                .isEqualTo(FieldProblem.of("researched", "LetterResearchFirst"));
        Letter checked = letter("writing", SATO, Instant.now(), "", List.of("", "", ""), "");
        assertThat(LetterRules.startProblem(checked, "reply")).isNull();
        assertThat(LetterRules.startProblem(checked, "poem").code()).isEqualTo("OneOf");
    }

    @Test
    void aSetNeedsTheReplyWithTheNameRightThreeCopiesAndARough() {
        Letter empty = letter("writing", SATO, null, "", List.of("", "美白", ""), "");
        assertThat(codes(LetterRules.submitProblems(empty))).containsExactly("researched:LetterResearchFirst",
                "reply:NotBlank", "copies[0]:NotBlank", "copies[2]:NotBlank", "rough:NotBlank");
        Letter wrongName = letter("writing", SATO, Instant.now(), "山田 花様\nお便りありがとうございます。",
                List.of("a", "b", "c"), "美容液・朝の光");
        assertThat(codes(LetterRules.submitProblems(wrongName))).containsExactly("reply:LetterNameCheck");
        Letter right = letter("writing", SATO, Instant.now(), "山田　花子 様\nお客様の声に感謝しております。",
                List.of("a", "b", "c"), "美容液・朝の光");
        assertThat(LetterRules.submitProblems(right)).isEmpty();
    }

    @Test
    void theHeadDecidesOnASubmittedSetAndSaysWhyWhenReturningIt() {
        Letter submitted = letter("submitted", SATO, Instant.now(), "山田 花子様", List.of("a", "b", "c"), "r");
        assertThat(LetterRules.reviewProblems(submitted, "approved", null)).isEmpty();
        assertThat(codes(LetterRules.reviewProblems(submitted, "returned", " ")))
                .containsExactly("comment:LetterReturnComment");
        assertThat(codes(LetterRules.reviewProblems(submitted, "maybe", null))).containsExactly("decision:OneOf");
        Letter writing = letter("writing", SATO, Instant.now(), "山田 花子様", List.of("a", "b", "c"), "r");
        assertThat(codes(LetterRules.reviewProblems(writing, "approved", null))).containsExactly("status:LetterState");
        assertThat(LetterRules.sendProblem(writing).code()).isEqualTo("LetterNotApproved");
        assertThat(LetterRules.sendProblem(letter("approved", SATO, Instant.now(), "x", List.of("a", "b", "c"), "r")))
                .isNull();
    }

    @Test
    void targetsAreThirtyFifteenFifteenMinutesAndTwoHoursInAllIsTheLimit() {
        assertThat(LetterRules.overTarget("reply", 30 * 60)).isFalse();
        assertThat(LetterRules.overTarget("reply", 30 * 60 + 1)).isTrue();
        assertThat(LetterRules.overTarget("copies", 16 * 60)).isTrue();
        assertThat(LetterRules.overLimit(7200)).isFalse();
        assertThat(LetterRules.overLimit(7201)).isTrue();
    }

    @Test
    void aStreakCountsBusinessDaysAtTheHourAndGraduatesAfterThreeMonths() {
        Map<LocalDate, Long> days = new HashMap<>();
        LocalDate today = LocalDate.of(2026, 12, 7); // a Monday
        days.put(LocalDate.of(2026, 12, 4), 3600L);  // Friday
        days.put(LocalDate.of(2026, 12, 3), 4000L);  // Thursday
        days.put(LocalDate.of(2026, 12, 2), 3599L);  // Wednesday: one second short
        days.put(today, 1200L);                       // today, still under way: does not break the streak
        var streak = LetterQuota.streak(days, today, CALENDAR);
        assertThat(streak.days()).isEqualTo(2);
        assertThat(streak.since()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(streak.graduated()).isFalse();
        days.put(today, 3600L);
        assertThat(LetterQuota.streak(days, today, CALENDAR).days()).isEqualTo(3);

        Map<LocalDate, Long> everyDay = new HashMap<>();
        for (LocalDate d = LocalDate.of(2026, 9, 1); !d.isAfter(today); d = d.plusDays(1)) {
            everyDay.put(d, 3600L);
        }
        var long3 = LetterQuota.streak(everyDay, today, CALENDAR);
        assertThat(long3.since()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(long3.graduated()).isTrue();
        assertThat(LetterQuota.streak(everyDay, LocalDate.of(2026, 11, 30), CALENDAR).graduated()).isFalse();
    }
}
