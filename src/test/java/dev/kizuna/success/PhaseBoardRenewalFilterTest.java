package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The phase board's renewal filter: customers whose active contract ends within 30, 60 or 90 days. */
class PhaseBoardRenewalFilterTest extends ApiTestBase {

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    private String member;

    @BeforeEach
    void signIn() {
        member = tokenFor(PermissionLevel.MEMBER);
    }

    private String read(MockHttpServletRequestBuilder request, String path) throws Exception {
        return JsonPath.read(mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString(), path).toString();
    }

    /** A customer with a plan live since 100 days and a contract ending {@code endsIn} days from today. */
    private String planEndingIn(int endsIn) throws Exception {
        String company = read(post(member, "/api/v1/companies", "{\"name\":\"" + unique("株式会社更新") + "\"}"), "$.id");
        read(post(member, "/api/v1/contracts", "{\"companyId\":\"" + company + "\",\"planName\":\"スタンダード\","
                + "\"amount\":30000,\"billing\":\"monthly\",\"startsOn\":\"" + today.minusDays(300) + "\",\"endsOn\":\""
                + today.plusDays(endsIn) + "\"}"), "$.id");
        return read(post(member, "/api/v1/success-plans", "{\"companyId\":\"" + company + "\",\"templateId\":\""
                + SuccessTemplates.BUILT_IN + "\",\"goLiveOn\":\"" + today.minusDays(100) + "\"}"), "$.id");
    }

    private List<String> board(String window) throws Exception {
        String live = today.minusDays(100).toString();
        return JsonPath.read(mvc.perform(get(member, "/api/v1/success-plans?limit=200&filter[goLiveFrom]=" + live
                + "&filter[goLiveTo]=" + live + (window == null ? "" : "&filter[renewalWithinDays]=" + window)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.items[*].id");
    }

    @Test
    void onlyPlansWhoseCustomerRenewsWithinTheWindowAreListed() throws Exception {
        String soon = planEndingIn(20);
        String later = planEndingIn(75);
        String past = planEndingIn(-5);

        assertThat(board(null)).contains(soon, later, past);
        assertThat(board("30")).contains(soon).doesNotContain(later, past);
        assertThat(board("60")).contains(soon).doesNotContain(later, past);
        assertThat(board("90")).contains(soon, later).doesNotContain(past);
    }

    @Test
    void aWindowOtherThan30_60Or90Is422NamingTheFilter() throws Exception {
        mvc.perform(get(member, "/api/v1/success-plans?filter[renewalWithinDays]=45")).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("filter[renewalWithinDays]"));
    }
}
