package dev.kizuna.identity.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import dev.kizuna.identity.ApiTokens;
import dev.kizuna.platform.KizunaProperties;
import dev.kizuna.platform.api.ProblemWriter;
import dev.kizuna.platform.api.Problems;
import dev.kizuna.platform.web.PublicPath;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Five filter chains: {@code POST /api/v1/tokens} (HTTP Basic or a token, to get a token), the rest of
 * {@code /api/**} (bearer tokens only, stateless, problem+json answers), the public inquiry form (no sign-in, no
 * session, framable by the company's website) and the pages (form sign-in, remember-me, CSRF, sessions in the
 * database, never framed). Permission levels are checked again in the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    private static final String[] PUBLIC_PAGES = {"/login", "/css/**", "/js/**", "/img/**", "/webjars/**",
            "/favicon.ico", "/favicon*.svg", "/error", "/actuator/health", "/actuator/health/**",
            "/swagger-ui/**"};
    /** The sales module's public inquiry form (spam-checked there by a honeypot and a signed time stamp). */
    private static final String INQUIRY = "/inquiry";
    /** Where a frame may show the inquiry form: a CSP source list (hosts, schemes, *), nothing else. */
    private static final java.util.regex.Pattern SOURCE_LIST = java.util.regex.Pattern.compile("[A-Za-z0-9*:/.\\- ']+");
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; frame-ancestors %s; form-action 'self'; base-uri 'self'";
    /** No camera, microphone, location, payment or USB for any page (none uses them); no third-party tracking. */
    private static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=(), browsing-topics=()";
    private static final String[] PUBLIC_API = {"/api/v1/openapi.json", "/api/v1/openapi.json/**",
            "/api/v1/docs", "/api/v1/docs/**", "/api/v1/swagger-ui/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(SignInAccounts accounts, PasswordEncoder encoder,
            LoginThrottle throttle, AuthenticationEventPublisher publisher) {
        ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(accounts, encoder, throttle));
        manager.setAuthenticationEventPublisher(publisher);
        return manager;
    }

    /**
     * Every failed sign-in is published (and so audited), those refused by the throttle and a deactivated account's
     * too: Spring's default publisher maps exception classes exactly and silently drops the ones it does not know.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return publisher;
    }

    /**
     * The session cookie (sessions live in the database, Spring Session): HttpOnly, SameSite=Lax, and Secure whenever
     * the request came over TLS — directly or through a trusted proxy (ForwardedClientFilter). Without this bean the
     * cookie went out with none of the three.
     */
    @Bean
    DefaultCookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName("SESSION");
        serializer.setCookiePath("/");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        return serializer;
    }

    @Bean
    ProblemEntryPoints problemEntryPoints(Problems problems, ProblemWriter writer) {
        return new ProblemEntryPoints(problems, writer);
    }

    @Bean
    ApiTokenAuthenticationFilter apiTokenAuthenticationFilter(ApiTokens tokens, SignInAccounts accounts,
            Problems problems, ProblemWriter writer) {
        return new ApiTokenAuthenticationFilter(tokens, accounts, problems, writer);
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenIssuing(HttpSecurity http, ApiTokenAuthenticationFilter tokenFilter,
            ProblemEntryPoints problems, AuthenticationManager authenticationManager) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/tokens"))
                .authenticationManager(authenticationManager)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems));
        return api(http, tokenFilter, problems);
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenAuthenticationFilter tokenFilter,
            ProblemEntryPoints problems) throws Exception {
        http.securityMatcher("/api/**");
        return api(http, tokenFilter, problems);
    }

    private static SecurityFilterChain api(HttpSecurity http, ApiTokenAuthenticationFilter tokenFilter,
            ProblemEntryPoints problems) throws Exception {
        return http
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_API).permitAll().anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(tokenFilter, BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(SecurityConfig::commonHeaders)
                .build();
    }

    /**
     * The inquiry form, embeddable in an iframe on the company's own website: framable from
     * {@code KIZUNA_INQUIRY_FRAME_ANCESTORS} (a CSP source list, default {@code 'self'}: name the
     * company's website there to embed it), and without a session or CSRF
     * token — inside another site's frame the browser would not send Kizuna's session cookie, and a form anybody
     * may post without signing in has no signed-in user to protect; the form's own spam checks stand instead.
     */
    @Bean
    @Order(3)
    SecurityFilterChain inquiryForm(HttpSecurity http,
            @org.springframework.beans.factory.annotation.Value("${kizuna.inquiry.frame-ancestors:'self'}") String ancestors)
            throws Exception {
        String sources = frameAncestors(ancestors);
        return http.securityMatcher(INQUIRY)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(h -> commonHeaders(h.frameOptions(f -> f.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP.formatted(sources)))))
                .build();
    }

    /**
     * The pages modules declare public ({@link PublicPath}: a survey or unsubscribe link): no sign-in, no session, no
     * CSRF token (there is no signed-in user to protect; each page checks its own unguessable token), never framed.
     * The platform's rate limit counts every request to them.
     */
    @Bean
    @Order(4)
    SecurityFilterChain publicPages(HttpSecurity http, ObjectProvider<PublicPath> declared) throws Exception {
        List<PublicPath> paths = declared.orderedStream().toList();
        return http.securityMatcher(request -> {
                    String path = request.getRequestURI().substring(request.getContextPath().length());
                    return paths.stream().anyMatch(p -> p.covers(path));
                })
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(h -> commonHeaders(h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP.formatted("'none'")))))
                .build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain pages(HttpSecurity http, DataSource dataSource, SignInAccounts accounts,
            AuthenticationManager authenticationManager, KizunaProperties properties) throws Exception {
        JdbcTokenRepositoryImpl rememberMeTokens = new JdbcTokenRepositoryImpl();
        rememberMeTokens.setDataSource(dataSource);
        String rememberMeKey = rememberMeKey(properties);
        PersistentTokenBasedRememberMeServices rememberMe =
                new PersistentTokenBasedRememberMeServices(rememberMeKey, accounts, rememberMeTokens);
        rememberMe.setTokenValiditySeconds(60 * 60 * 24 * 30);
        // Secure follows the request (HTTPS, or a trusted proxy's X-Forwarded-Proto); SameSite as the session's.
        rememberMe.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        return http
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").usernameParameter("email")
                        .defaultSuccessUrl("/", false).failureUrl("/login?error").permitAll())
                .rememberMe(r -> r.rememberMeServices(rememberMe).key(rememberMeKey))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> res.sendError(403)))
                .headers(h -> commonHeaders(h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP.formatted("'none'")))))
                .build();
    }

    /**
     * On every answer: no referrer beyond the origin to other sites, no powerful browser features, and (Spring's
     * default, kept) HSTS whenever the request came over TLS — directly or through a trusted proxy.
     */
    private static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }

    /** The inquiry form's frame-ancestors: the setting when it is a plain CSP source list, else 'none'. */
    static String frameAncestors(String setting) {
        if (setting == null || setting.isBlank()) {
            return "'self'";
        }
        return SOURCE_LIST.matcher(setting.strip()).matches() ? setting.strip() : "'none'";
    }

    private static String rememberMeKey(KizunaProperties properties) {
        String key = properties.security().rememberMeKey();
        if (key != null && !key.isBlank()) {
            return key;
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
