package dev.kizuna.identity.security;

import java.util.Locale;

import dev.kizuna.platform.KizunaProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins for one e-mail (or four times as
 * many from one address) within the window, further attempts are refused until the window has passed.
 * Counted in the database, so every instance behind a load balancer sees the same count.
 */
@Component
class LoginThrottle {

    private static final int IP_FACTOR = 4;

    private final JdbcClient jdbc;
    private final KizunaProperties.LoginThrottle settings;

    LoginThrottle(JdbcClient jdbc, KizunaProperties properties) {
        this.jdbc = jdbc;
        this.settings = properties.security().loginThrottle();
    }

    boolean isThrottled(String email, String ip) {
        long seconds = settings.window().toSeconds();
        long byEmail = jdbc.sql("""
                select count(*) from login_failure
                 where email = ? and failed_at > now() - make_interval(secs => ?)
                """).params(normalize(email), seconds).query(Long.class).single();
        if (byEmail >= settings.maxFailures()) {
            return true;
        }
        if (ip == null) {
            return false;
        }
        long byIp = jdbc.sql("""
                select count(*) from login_failure
                 where ip = ? and failed_at > now() - make_interval(secs => ?)
                """).params(ip, seconds).query(Long.class).single();
        return byIp >= (long) settings.maxFailures() * IP_FACTOR;
    }

    void recordFailure(String email, String ip) {
        jdbc.sql("insert into login_failure (email, ip) values (?, ?)").params(normalize(email), ip).update();
    }

    void clear(String email) {
        jdbc.sql("delete from login_failure where email = ?").param(normalize(email)).update();
    }

    long windowMinutes() {
        return Math.max(1, settings.window().toMinutes());
    }

    private static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
