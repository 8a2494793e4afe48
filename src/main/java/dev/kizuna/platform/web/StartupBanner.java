package dev.kizuna.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Kizuna where to open it and how to sign in. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        log.info("""

                ==============================================================
                  Kizuna is running: http://localhost:{}/
                  Sign in with the administrator's e-mail and password: printed above on the
                  first start, or KIZUNA_ADMIN_EMAIL / KIZUNA_ADMIN_PASSWORD if you set them.
                  API reference: http://localhost:{}/api/v1/docs
                ==============================================================""",
                web.getWebServer().getPort(), web.getWebServer().getPort());
    }
}
