package dev.kizuna.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/** A browser that goes away mid-answer is not an error to log or to answer. */
@KizunaTest
class ErrorResponsesTest {

    @Autowired
    HandlerExceptionResolver handlerExceptionResolver;

    @Test
    void aDisconnectedClientGetsNoErrorPage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/webjars/bootstrap/dist/js/bootstrap.bundle.min.js");
        MockHttpServletResponse response = new MockHttpServletResponse();
        ModelAndView answer = handlerExceptionResolver.resolveException(request, response, null,
                new java.io.IOException("Broken pipe"));
        assertThat(answer).isNotNull();
        assertThat(answer.getViewName()).isNull();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }
}
