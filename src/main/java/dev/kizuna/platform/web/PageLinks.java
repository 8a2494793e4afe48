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
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!"cursor".equals(name) && !"_csrf".equals(name)) {
                for (String value : values) {
                    if (!value.isEmpty()) {
                        link.queryParam(name, value);
                    }
                }
            }
        });
        return link.queryParam("cursor", cursor).encode().build().toUriString();
    }
}
