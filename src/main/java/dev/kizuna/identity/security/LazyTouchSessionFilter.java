package dev.kizuna.identity.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;

/**
 * Puts {@link LazyTouchSessions} under Spring Session's filter: the {@code springSessionRepositoryFilter} Spring
 * Session builds is replaced by one over the same JDBC repository and the same session cookie (Spring Boot's
 * {@code server.servlet.session.cookie} settings), whose sessions write their last access at most once a minute.
 */
@Component
@ConditionalOnProperty(name = "kizuna.sessions.lazy-touch", matchIfMissing = true) // false: Spring Session's own filter
class LazyTouchSessionFilter implements BeanPostProcessor {

    private final ObjectProvider<JdbcIndexedSessionRepository> sessions;
    private final ObjectProvider<CookieSerializer> cookies;

    LazyTouchSessionFilter(ObjectProvider<JdbcIndexedSessionRepository> sessions,
            ObjectProvider<CookieSerializer> cookies) {
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof SessionRepositoryFilter<?>) || !"springSessionRepositoryFilter".equals(beanName)) {
            return bean;
        }
        SessionRepositoryFilter<LazyTouchSessions.Touched> filter =
                new SessionRepositoryFilter<>(new LazyTouchSessions(sessions.getObject()));
        CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
        cookies.ifAvailable(resolver::setCookieSerializer);
        filter.setHttpSessionIdResolver(resolver);
        return filter;
    }
}
