package dev.kizuna.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public pages are rate-limited per client: the inquiry form is one, declared by the sales module. */
@KizunaTest
class PublicPagesRateLimitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    List<PublicPath> publicPaths;

    @Test
    void aClientBeyondTheLimitGets429WithRetryAfterWhileOthersGoOn() throws Exception {
        PublicPath inquiry = publicPaths.stream().filter(p -> p.prefix().equals("/inquiry")).findFirst().orElseThrow();
        String flooder = "203.0.113." + (int) (Math.random() * 200 + 20);
        for (int i = 0; i < inquiry.perMinute(); i++) {
            mvc.perform(MockMvcRequestBuilders.get("/inquiry").with(from(flooder))).andExpect(status().isOk());
        }
        var refused = mvc.perform(MockMvcRequestBuilders.get("/inquiry").with(from(flooder)))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After")).andReturn();
        assertThat(Integer.parseInt(refused.getResponse().getHeader("Retry-After"))).isBetween(1, 60);
        mvc.perform(MockMvcRequestBuilders.get("/inquiry").with(from("198.51.100.77"))).andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/login").with(from(flooder))).andExpect(status().isOk());
    }

    @Test
    void theRefusalIsTranslated() throws Exception {
        String ja = mvc.perform(MockMvcRequestBuilders.get("/error").header("Accept-Language", "ja")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 429)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/inquiry"))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        assertThat(ja).contains("リクエストが多すぎます").contains("1分ほど待って");
        String en = mvc.perform(MockMvcRequestBuilders.get("/error").header("Accept-Language", "en")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 429)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/inquiry"))
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Too many requests").contains("Wait a minute");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
