package dev.kizuna.platform.api;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every API read either honours a {@code filter[...]} it is given or refuses it: a filter the handler neither
 * declares ({@code @RequestParam("filter[x]")}) nor lists ({@link ListFilters}) is answered 400 naming it, so a
 * misspelt or unsupported filter never silently returns everything. {@code filter[x][op]} counts as {@code x}.
 */
@Component
class UnknownFilters implements WebMvcConfigurer, HandlerInterceptor {

    private static final String PREFIX = "filter[";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        Set<String> given = new HashSet<>();
        for (String name : request.getParameterMap().keySet()) {
            if (name.startsWith(PREFIX)) {
                given.add(name);
            }
        }
        if (given.isEmpty()) {
            return true;
        }
        Accepted accepted = accepted(method);
        if (accepted.any()) {
            return true;
        }
        for (String name : given.stream().sorted().toList()) {
            int end = name.indexOf(']');
            String field = end < 0 ? name.substring(PREFIX.length()) : name.substring(PREFIX.length(), end);
            if (!accepted.admits(field)) {
                throw new UnknownFilterException(end < 0 ? name : name.substring(0, end + 1));
            }
        }
        return true;
    }

    private record Accepted(Set<String> fields, String[] prefixes, boolean any) {

        boolean admits(String field) {
            if (fields.contains(field)) {
                return true;
            }
            for (String p : prefixes) {
                if (field.startsWith(p) && field.length() > p.length()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What the handler reads: its declared filter parameters and its {@link ListFilters}. */
    private static Accepted accepted(HandlerMethod method) {
        Set<String> fields = new HashSet<>();
        ListFilters listed = method.getMethodAnnotation(ListFilters.class);
        if (listed != null) {
            fields.addAll(Set.of(listed.value()));
        }
        boolean readsEverything = false;
        for (MethodParameter p : method.getMethodParameters()) {
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            String name = param == null ? "" : !param.name().isEmpty() ? param.name() : param.value();
            if (name.startsWith(PREFIX) && name.endsWith("]")) {
                fields.add(name.substring(PREFIX.length(), name.length() - 1));
            }
            Class<?> type = p.getParameterType();
            readsEverything |= ServletRequest.class.isAssignableFrom(type)
                    || param != null && name.isEmpty() && Map.class.isAssignableFrom(type);
        }
        // A handler that reads the whole query string without saying which filters it knows is left to itself.
        return new Accepted(fields, listed == null ? new String[0] : listed.prefixes(), readsEverything && listed == null);
    }
}
