package dev.kizuna.platform.api;

import org.springframework.stereotype.Component;

/**
 * Installs the installation's cursor key from {@code platform_secret} (made by the migration that created the
 * table), so that cursors made by one instance open on every other and after a restart.
 */
@Component
class CursorKey {

    CursorKey(PlatformSecretRepository secrets) {
        CursorSeal.install(secrets.secret("cursor"));
    }
}
