package dev.kizuna.platform;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code kizuna.*}; each has an environment variable (see application.yml and README).
 *
 * @param dataDir    where the embedded database and files live ({@code KIZUNA_DATA_DIR}, default ./data)
 * @param sampleData whether the first start loads sample data ({@code KIZUNA_SAMPLE_DATA})
 * @param admin      the first administrator created on an empty database
 * @param security   sign-in settings
 */
@ConfigurationProperties("kizuna")
public record KizunaProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("true") boolean sampleData,
        @DefaultValue Admin admin,
        @DefaultValue Security security) {

    public record Admin(String email, String password) {
    }

    public record Security(String rememberMeKey, @DefaultValue LoginThrottle loginThrottle) {
    }

    /** After {@code maxFailures} failed sign-ins within {@code window}, further attempts are refused. */
    public record LoginThrottle(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window) {
    }
}
