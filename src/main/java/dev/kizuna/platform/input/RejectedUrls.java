package dev.kizuna.platform.input;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.kizuna.platform.api.ApiRequests;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.ProblemWriter;
import dev.kizuna.platform.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * An address Spring Security's firewall refuses (an encoded NUL, % or / in the path, a line break) is answered like
 * any other bad request: problem+json on the API naming the URL, the error page for people. Without this the
 * firewall sends a bare 400.
 */
@Component
class RejectedUrls implements RequestRejectedHandler {

    private final Problems problems;
    private final ProblemWriter writer;

    RejectedUrls(Problems problems, ProblemWriter writer) {
        this.problems = problems;
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        if (ApiRequests.isApi(request)) {
            writer.write(problems.rejected(HttpStatus.BAD_REQUEST, List.of(FieldProblem.of("requestUrl", "RejectedUrl")), request),
                    response);
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }
}
