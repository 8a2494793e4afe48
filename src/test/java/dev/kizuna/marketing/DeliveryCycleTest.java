package dev.kizuna.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import dev.kizuna.marketing.DeliveryCycle.Unit;
import org.junit.jupiter.api.Test;

/** The cycle arithmetic of 定期便, worked out by hand on a calendar. */
class DeliveryCycleTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void everyThirtyDaysCountsDaysAcrossMonthEnds() {
        DeliveryCycle c = DeliveryCycle.of(Unit.DAYS, 30, null, d("2027-01-15"));
        assertThat(c.next(d("2027-01-15"))).isEqualTo(d("2027-02-14"));
        assertThat(c.next(d("2027-02-14"))).isEqualTo(d("2027-03-16"));
        assertThat(c.dayOfMonth()).isNull();
    }

    @Test
    void everyTwoWeeksIsFourteenDays() {
        assertThat(new DeliveryCycle(Unit.WEEKS, 2, null).next(d("2027-12-24"))).isEqualTo(d("2028-01-07"));
    }

    @Test
    void theThirtyFirstFallsOnTheLastDayOfShortMonthsAndComesBack() {
        DeliveryCycle c = new DeliveryCycle(Unit.MONTHS, 1, 31);
        assertThat(c.next(d("2027-01-31"))).isEqualTo(d("2027-02-28"));
        assertThat(c.next(d("2027-02-28"))).isEqualTo(d("2027-03-31"));
        assertThat(c.next(d("2027-03-31"))).isEqualTo(d("2027-04-30"));
        assertThat(c.next(d("2028-01-31"))).isEqualTo(d("2028-02-29")); // leap year
    }

    @Test
    void aMonthlyCycleKeepsTheDayOfItsFirstDelivery() {
        DeliveryCycle c = DeliveryCycle.of(Unit.MONTHS, 1, null, d("2027-01-30"));
        assertThat(c.dayOfMonth()).isEqualTo(30);
        assertThat(c.next(d("2027-01-30"))).isEqualTo(d("2027-02-28"));
        assertThat(c.next(d("2027-02-28"))).isEqualTo(d("2027-03-30"));
    }

    @Test
    void everyTwoMonthsOnTheTenth() {
        DeliveryCycle c = new DeliveryCycle(Unit.MONTHS, 2, 10);
        assertThat(c.next(d("2027-11-10"))).isEqualTo(d("2028-01-10"));
        assertThat(c.fallsOn(d("2027-11-10"))).isTrue();
        assertThat(c.fallsOn(d("2027-11-11"))).isFalse();
        assertThat(new DeliveryCycle(Unit.MONTHS, 1, 31).fallsOn(d("2027-02-28"))).isTrue();
    }

    @Test
    void pausingUntilADayFindsTheFirstDeliveryOnOrAfterIt() {
        DeliveryCycle c = new DeliveryCycle(Unit.MONTHS, 1, 31);
        assertThat(c.firstOnOrAfter(d("2027-01-31"), d("2027-04-01"))).isEqualTo(d("2027-04-30"));
        assertThat(c.firstOnOrAfter(d("2027-01-31"), d("2027-01-31"))).isEqualTo(d("2027-01-31"));
    }

    @Test
    void aCycleOfZeroOrBeyondAYearOrADayThatNoMonthHasIsRefused() {
        assertThatThrownBy(() -> new DeliveryCycle(Unit.DAYS, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryCycle(Unit.MONTHS, 13, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryCycle(Unit.MONTHS, 1, 32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryCycle(Unit.DAYS, 7, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
