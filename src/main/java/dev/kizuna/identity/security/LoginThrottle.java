package dev.kizuna.identity.security;

import java.time.Duration;
import java.util.Locale;

import dev.kizuna.platform.KizunaProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without locking everyone out. An account (an e-mail) with {@code maxFailures}
 * failed sign-ins within the window is locked until the window has passed. An address is never locked — behind a
 * load balancer or an office's NAT everyone shares one — but after {@code addressFreeFailures} failures from it
 * within the window each further attempt from it waits {@code addressDelayStep} longer, up to
 * {@code addressMaxDelay}, whether its password is right or not. Counted in the database, so every instance behind
 * a load balancer sees the same count.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final KizunaProperties.LoginThrottle settings;
    private final int addressFreeFailures;
    private final Duration addressDelayStep;
    private final Duration addressMaxDelay;

    LoginThrottle(JdbcClient jdbc, KizunaProperties properties,
            @Value("${kizuna.security.login-throttle.address-free-failures:20}") int addressFreeFailures,
            @Value("${kizuna.security.login-throttle.address-delay-step:500ms}") Duration addressDelayStep,
            @Value("${kizuna.security.login-throttle.address-max-delay:10s}") Duration addressMaxDelay) {
        this.jdbc = jdbc;
        this.settings = properties.security().loginThrottle();
        this.addressFreeFailures = addressFreeFailures;
        this.addressDelayStep = addressDelayStep;
        this.addressMaxDelay = addressMaxDelay;
    }

    /** Whether the account is locked: too many failed sign-ins for this e-mail within the window. */
    boolean isLocked(String email) {
        long byEmail = jdbc.sql("""
                select count(*) from login_failure
                 where email = ? and failed_at > now() - make_interval(secs => ?)
                """).params(normalize(email), settings.window().toSeconds()).query(Long.class).single();
        return byEmail >= settings.maxFailures();
    }

    /** How long a sign-in from this address waits before its password is checked. */
    Duration delayFor(String ip) {
        if (ip == null) {
            return Duration.ZERO;
        }
        long byIp = jdbc.sql("""
                select count(*) from login_failure
                 where ip = ? and failed_at > now() - make_interval(secs => ?)
                """).params(ip, settings.window().toSeconds()).query(Long.class).single();
        return delay(byIp, addressFreeFailures, addressDelayStep, addressMaxDelay);
    }

    static Duration delay(long failures, int free, Duration step, Duration max) {
        long excess = failures - free;
        if (excess < 0) {
            return Duration.ZERO;
        }
        Duration delay = step.multipliedBy(excess + 1);
        return delay.compareTo(max) > 0 ? max : delay;
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
