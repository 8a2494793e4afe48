package dev.kizuna.platform.db;

import org.springframework.core.SpringProperties;
import org.springframework.context.support.DefaultLifecycleProcessor;

/**
 * Spring's lifecycle processor, which with {@code -Dspring.context.exit=onRefresh} (the training run that makes the
 * JDK's AOT cache, docs/operations.md) ends the JVM with {@code Runtime.halt} right after the refresh: no shutdown
 * hook runs, and the embedded PostgreSQL was left running on the data directory (issue 25). It is stopped first.
 */
final class StopDatabaseBeforeHalt extends DefaultLifecycleProcessor {

    @Override
    public void onRefresh() {
        if ("onRefresh".equalsIgnoreCase(SpringProperties.getProperty(EXIT_PROPERTY_NAME))) {
            EmbeddedDatabase.stopAll();
        }
        super.onRefresh();
    }
}
