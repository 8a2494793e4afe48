package dev.kizuna.browser;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The application's HTML pages as route patterns: every GET mapping outside the API whose handler returns a view
 * (a template name or a ModelAndView), so a new module's pages are counted without anyone listing them here.
 */
final class SweepRoutes {

    private final List<PathPattern> patterns;

    SweepRoutes(RequestMappingHandlerMapping mapping) {
        var found = new TreeSet<PathPattern>(Comparator.comparing(PathPattern::getPatternString));
        mapping.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods();
            boolean get = methods.isEmpty() || methods.contains(RequestMethod.GET);
            var produces = info.getProducesCondition().getProducibleMediaTypes();
            boolean html = produces.isEmpty() || produces.stream().anyMatch(MediaType.TEXT_HTML::isCompatibleWith);
            if (get && html && rendersAView(method) && info.getPathPatternsCondition() != null) {
                info.getPathPatternsCondition().getPatterns().stream()
                        .filter(p -> !p.getPatternString().startsWith("/api/") && !p.getPatternString().equals("/error"))
                        .forEach(found::add);
            }
        });
        this.patterns = List.copyOf(found);
    }

    private static boolean rendersAView(HandlerMethod method) {
        Class<?> type = method.getReturnType().getParameterType();
        boolean body = method.hasMethodAnnotation(ResponseBody.class)
                || method.getBeanType().isAnnotationPresent(ResponseBody.class)
                || method.getBeanType().isAnnotationPresent(org.springframework.web.bind.annotation.RestController.class);
        return !body && (type == String.class || type == ModelAndView.class);
    }

    List<String> all() {
        return patterns.stream().map(PathPattern::getPatternString).toList();
    }

    /**
     * The most specific page route a link (path, and query if any) belongs to, if it is a page at all. The query is
     * cut first: "/deals/list?owner=…" kept whole matched /deals/{id}, so the sweep counted the deal page as visited
     * and never followed a link to a real deal (nor to its edit page).
     */
    Optional<String> routeOf(String link) {
        int query = link.indexOf('?');
        var container = PathContainer.parsePath(query < 0 ? link : link.substring(0, query));
        return patterns.stream().filter(p -> p.matches(container)).min(PathPattern.SPECIFICITY_COMPARATOR)
                .map(PathPattern::getPatternString);
    }
}
