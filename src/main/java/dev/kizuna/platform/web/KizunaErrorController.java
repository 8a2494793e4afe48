package dev.kizuna.platform.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.kizuna.platform.api.Problem;
import dev.kizuna.platform.api.ProblemWriter;
import dev.kizuna.platform.api.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside controllers (a filter, an unknown URL, the servlet container) come to
 * {@code /error}: answered like {@link ErrorResponses} answers, never with the container's page.
 */
@Controller
class KizunaErrorController implements ErrorController {

    private final Problems problems;
    private final ProblemWriter writer;

    KizunaErrorController(Problems problems, ProblemWriter writer) {
        this.problems = problems;
        this.writer = writer;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problem problem = problemFor(request);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
            writer.write(problem, response);
            return null;
        }
        return ErrorResponses.ErrorPage.view(problem);
    }

    private Problem problemFor(HttpServletRequest request) {
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof Throwable t) {
            return problems.from(t, request);
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return problems.of(status, slugOf(status), request);
    }

    private static String slugOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case FORBIDDEN -> "forbidden";
            case UNAUTHORIZED -> "unauthorized";
            case BAD_REQUEST -> "bad-request";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case TOO_MANY_REQUESTS -> "too-many-requests";
            default -> status.is4xxClientError() ? "bad-request" : "internal";
        };
    }
}
