package dev.kizuna.platform.input;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.kizuna.platform.api.ApiRequests;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.ProblemWriter;
import dev.kizuna.platform.api.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every request parameter (query string and form fields) to {@link TextRules} before anything else reads
 * it, sign-in included: a NUL or a lone surrogate in a value, a control character in a name, a value past
 * {@link TextRules#MAX_TEXT} characters. The API answers problem+json naming the parameter at once; a page
 * request goes on only as far as its controller, where {@link Pages} raises the refusal so that the translated
 * error page answers (the values never reach a handler). Multipart bodies are left to the upload
 * code; only their query string is checked here.
 */
@Component
@Order(RequestParameterCheck.ORDER)
public class RequestParameterCheck extends OncePerRequestFilter {

    /** After character decoding (Spring's encoding filter), before Spring Security (-100). */
    static final int ORDER = -1000;
    /** Request attribute holding the {@link RejectedParameterException} of a page request. */
    public static final String REJECTED = RequestParameterCheck.class.getName() + ".rejected";

    private final Problems problems;
    private final ProblemWriter writer;

    RequestParameterCheck(Problems problems, ProblemWriter writer) {
        this.problems = problems;
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FieldProblem problem = firstProblem(request);
        if (problem == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpStatus status = TextRules.SIZE.equals(problem.code()) ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
        if (ApiRequests.isApi(request)) {
            writer.write(problems.rejected(status, List.of(problem), request), response);
            return;
        }
        // Pages: the handler is not called; the error page says why (see Pages below), through the usual error answer.
        request.setAttribute(REJECTED, new RejectedParameterException(status, problem));
        chain.doFilter(request, response);
    }

    /** Stops a page request whose parameters were refused before its controller runs. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Pages implements org.springframework.web.servlet.config.annotation.WebMvcConfigurer,
            org.springframework.web.servlet.HandlerInterceptor {

        @Override
        public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
            registry.addInterceptor(this).order(Integer.MIN_VALUE);
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (request.getAttribute(REJECTED) instanceof RejectedParameterException rejected) {
                throw rejected;
            }
            return true;
        }
    }

    static FieldProblem firstProblem(HttpServletRequest request) {
        for (Map.Entry<String, List<String>> parameter : parameters(request)) {
            String name = parameter.getKey();
            String nameRule = TextRules.nameViolation(name);
            if (nameRule != null) {
                return TextRules.SIZE.equals(nameRule)
                        ? FieldProblem.of(TextRules.printable(name), "ParameterName")
                        : FieldProblem.of(TextRules.printable(name), nameRule);
            }
            for (String value : parameter.getValue()) {
                String rule = TextRules.violation(value, TextRules.MAX_TEXT);
                if (rule != null) {
                    return TextRules.SIZE.equals(rule) ? FieldProblem.of(name, rule, TextRules.MAX_TEXT)
                            : FieldProblem.of(name, rule);
                }
            }
        }
        return null;
    }

    private static List<Map.Entry<String, List<String>>> parameters(HttpServletRequest request) {
        List<Map.Entry<String, List<String>>> out = new ArrayList<>();
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            String query = request.getQueryString();
            if (query != null) {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    out.add(Map.entry(decode(eq < 0 ? pair : pair.substring(0, eq)),
                            List.of(eq < 0 ? "" : decode(pair.substring(eq + 1)))));
                }
            }
            return out;
        }
        // A bare "?error" may come as a null value (MockMvc does so): it is an empty text, not a reason to fail.
        request.getParameterMap().forEach((name, values) -> out.add(Map.entry(name,
                java.util.Arrays.stream(values).map(v -> v == null ? "" : v).toList())));
        return out;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text; // the container will not have made sense of it either
        }
    }
}
