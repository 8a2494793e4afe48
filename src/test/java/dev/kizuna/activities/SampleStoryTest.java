package dev.kizuna.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import dev.kizuna.customers.CompanyKind;
import org.junit.jupiter.api.Test;

/** The sample tells one story per kind of customer: a D2C subscriber never hears about print quotes. */
class SampleStoryTest {

    @Test
    void individualsHearAboutTheirSubscriptionAndCompaniesAboutPrinting() {
        String d2c = Arrays.deepToString(ActivitiesSampleData.scriptFor(CompanyKind.INDIVIDUAL))
                + ActivitiesSampleData.followUpFor(CompanyKind.INDIVIDUAL);
        String b2b = Arrays.deepToString(ActivitiesSampleData.scriptFor(CompanyKind.COMPANY))
                + ActivitiesSampleData.followUpFor(CompanyKind.COMPANY);

        assertThat(d2c).contains("定期便").doesNotContain("見積", "名刺", "封筒", "印刷");
        assertThat(b2b).contains("見積").doesNotContain("定期便のお届け");
    }
}
