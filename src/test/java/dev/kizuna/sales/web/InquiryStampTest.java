package dev.kizuna.sales.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The inquiry form's signed stamp is good for one post: replaying a captured post makes no second lead. */
class InquiryStampTest extends ApiTestBase {

    @Autowired
    private InquiryController inquiry;

    @Test
    void aReplayedStampMakesNoSecondLead() throws Exception {
        String stamp = inquiry.stamp(Instant.now().toEpochMilli() - 8_000);
        String company = unique("株式会社再送");
        for (int i = 0; i < 5; i++) {
            mvc.perform(MockMvcRequestBuilders.post("/inquiry").param("companyName", company)
                            .param("email", "replay@example.jp").param("message", "見積依頼").param("stamp", stamp))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"inquiry-thanks\"")));
        }
        assertThat(jdbc.sql("select count(*) from lead where company_name = ?").param(company).query(Long.class).single())
                .isOne();
    }

    @Test
    void aFormShownAgainWithItsErrorsCarriesAFreshStampThatStillWorks() throws Exception {
        String company = unique("株式会社うっかり");
        String first = inquiry.stamp(Instant.now().toEpochMilli() - 8_000);
        String page = mvc.perform(MockMvcRequestBuilders.post("/inquiry").param("companyName", company)
                        .param("message", "見積依頼").param("stamp", first))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("name=\"stamp\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the form is shown again with a stamp").isTrue();
        String fresh = m.group(1);
        assertThat(fresh).isNotEqualTo(first).startsWith(first.substring(0, first.indexOf('.') + 1));
        mvc.perform(MockMvcRequestBuilders.post("/inquiry").param("companyName", company).param("email", "u@example.jp")
                        .param("message", "見積依頼").param("stamp", fresh))
                .andExpect(content().string(containsString("data-testid=\"inquiry-thanks\"")));
        assertThat(jdbc.sql("select count(*) from lead where company_name = ?").param(company).query(Long.class).single())
                .isOne();
    }
}
