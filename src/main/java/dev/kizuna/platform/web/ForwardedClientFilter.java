package dev.kizuna.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind a trusted proxy ({@link TrustedProxies}), the request's client address and scheme are the ones the proxy
 * forwarded ({@code Forwarded}, else {@code X-Forwarded-For} / {@code X-Forwarded-Proto}); from anyone else those
 * headers are ignored. Runs first, so sign-in throttling, the audit log's address, Secure cookies and HSTS all see
 * the real client and whether it came over TLS.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ForwardedClientFilter extends OncePerRequestFilter {

    private final TrustedProxies proxies;

    ForwardedClientFilter(@Value("${kizuna.security.trusted-proxies:}") String trustedProxies) {
        this.proxies = TrustedProxies.parse(trustedProxies);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (proxies.isEmpty() || !proxies.trusts(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        List<String> hops = new ArrayList<>();
        List<String> protos = new ArrayList<>();
        if (request.getHeader("Forwarded") != null) {
            forwarded(request.getHeaders("Forwarded"), hops, protos);
        } else {
            split(request.getHeaders("X-Forwarded-For"), hops);
            split(request.getHeaders("X-Forwarded-Proto"), protos);
        }
        String client = proxies.client(request.getRemoteAddr(), hops);
        String proto = protos.isEmpty() ? request.getScheme() : protos.getLast().toLowerCase(Locale.ROOT);
        chain.doFilter(new Forwarded(request, client, "https".equals(proto) ? "https" : "http"), response);
    }

    private static void split(Enumeration<String> values, List<String> into) {
        while (values.hasMoreElements()) {
            for (String v : values.nextElement().split(",")) {
                if (!v.isBlank()) {
                    into.add(v.strip());
                }
            }
        }
    }

    /** RFC 7239: {@code for=192.0.2.60;proto=https, for="[2001:db8::1]:4711"}. */
    private static void forwarded(Enumeration<String> values, List<String> hops, List<String> protos) {
        List<String> elements = new ArrayList<>();
        split(values, elements);
        for (String element : elements) {
            for (String pair : element.split(";")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2) {
                    continue;
                }
                String name = kv[0].strip().toLowerCase(Locale.ROOT);
                String value = kv[1].strip().replace("\"", "");
                if (name.equals("for")) {
                    hops.add(withoutPort(value));
                } else if (name.equals("proto")) {
                    protos.add(value);
                }
            }
        }
    }

    private static String withoutPort(String node) {
        if (node.startsWith("[")) {
            int end = node.indexOf(']');
            return end < 0 ? node : node.substring(1, end);
        }
        int colon = node.indexOf(':');
        return colon >= 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
    }

    private static final class Forwarded extends HttpServletRequestWrapper {
        private final String client;
        private final String scheme;

        Forwarded(HttpServletRequest request, String client, String scheme) {
            super(request);
            this.client = client;
            this.scheme = scheme;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(scheme);
        }
    }
}
