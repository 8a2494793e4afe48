package dev.kizuna.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.kizuna.platform.api.ApiRequests;
import dev.kizuna.platform.api.Problem;
import dev.kizuna.platform.api.ProblemWriter;
import dev.kizuna.platform.api.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Every exception that leaves a controller ends here: problem+json for {@code /api/**}, the translated
 * error page for people. No stack trace reaches anyone; unexpected errors are logged with an id.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorResponses {

    private final Problems problems;
    private final ProblemWriter writer;

    ErrorResponses(Problems problems, ProblemWriter writer) {
        this.problems = problems;
        this.writer = writer;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView handle(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (DisconnectedClientHelper.isClientDisconnectedException(ex) || response.isCommitted()) {
            return new ModelAndView(); // the browser went away, or the answer is already on its way: nothing to say
        }
        Problem problem = problems.from(ex, request);
        if (ApiRequests.isApi(request)) {
            writer.write(problem, response);
            return new ModelAndView();
        }
        return ErrorPage.view(problem);
    }

    /** The error page model, shared with {@link KizunaErrorController}. */
    static final class ErrorPage {

        private ErrorPage() {
        }

        static ModelAndView view(Problem problem) {
            ModelAndView page = new ModelAndView("error/page");
            page.addObject("problem", problem);
            page.setStatus(HttpStatus.valueOf(problem.status()));
            return page;
        }
    }
}
