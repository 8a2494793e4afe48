package dev.kizuna.identity;

import dev.kizuna.platform.KizunaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start (no users at all), creates the first administrator from {@code KIZUNA_ADMIN_EMAIL}
 * and {@code KIZUNA_ADMIN_PASSWORD}. Without a password, one is generated and printed once in the log.
 */
@Component
@Order(50)
class FirstAdministrator implements ApplicationRunner {

    static final String DEFAULT_EMAIL = "admin@kizuna.local";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Users users;
    private final KizunaProperties properties;

    FirstAdministrator(Users users, KizunaProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.anyUserExists()) {
            return;
        }
        String email = properties.admin().email() == null || properties.admin().email().isBlank()
                ? DEFAULT_EMAIL : properties.admin().email();
        CreatedUser admin = users.createFirstAdministrator(email, properties.admin().password());
        if (admin.temporaryPassword() != null) {
            log.warn("""

                    ==============================================================
                      First administrator created (shown once, change it after signing in):
                        e-mail:   {}
                        password: {}
                    ==============================================================""",
                    admin.user().email(), admin.temporaryPassword());
        } else {
            log.info("First administrator created: {} (password from KIZUNA_ADMIN_PASSWORD)", admin.user().email());
        }
    }
}
