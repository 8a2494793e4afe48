package dev.kizuna.work;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kizuna.customers.CompanyFilter;

/** A target list's query: the customers list's query string, read the way the customers page reads it. */
final class TargetListQuery {

    private TargetListQuery() {
    }

    static CompanyFilter filter(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        String q = query == null ? "" : query.strip();
        if (q.startsWith("?")) {
            q = q.substring(1);
        }
        for (String pair : q.split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        Map<String, String[]> array = new LinkedHashMap<>();
        params.forEach((k, v) -> array.put(k, v.toArray(String[]::new)));
        return CompanyFilter.fromParameters(array);
    }
}
