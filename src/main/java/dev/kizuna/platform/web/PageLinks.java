package dev.kizuna.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links between pages of a list: the current path with its filters and sort kept and only the cursor
 * changed. Templates use it through {@code fragments/list :: pager(page)}.
 */
@Component("pageLinks")
public class PageLinks {

    /** The current request's path and parameters with {@code cursor} set to the next page's cursor. */
    public String next(String cursor) {
        return current(java.util.Set.of()).queryParam("cursor", cursor).encode().build().toUriString();
    }

    /** The current list sorted by another column (back to the first page). */
    public String sorted(String sort, boolean desc) {
        return current(java.util.Set.of("sort", "desc")).queryParam("sort", sort).queryParam("desc", desc)
                .encode().build().toUriString();
    }

    /** The current list's query string (filters, sort, columns; no cursor), e.g. to save it as a view. */
    public String query() {
        String query = current(java.util.Set.of("view")).encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static UriComponentsBuilder current(java.util.Set<String> without) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!"cursor".equals(name) && !"_csrf".equals(name) && !without.contains(name)) {
                for (String value : values) {
                    if (!value.isEmpty() || values.length > 1) { // repeated parameters keep their positions
                        link.queryParam(name, value);
                    }
                }
            }
        });
        return link;
    }
}
