package dev.kizuna;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The application's own classes as the architecture tests judge them: without the tests, and without the code Spring's
 * AOT processing writes next to them at package time ({@code Companies__BeanDefinitions}, {@code Companies$$SpringCGLIB$$0} and the like), which is
 * generated, not written by us — after a {@code ./mvnw package} it sits in target/classes and referred to JdbcClient
 * from every bean's definition, failing the rules on the next {@code ./mvnw test}.
 */
final class MainClasses {

    /**
     * Leaves out Spring's AOT output: its bean definitions hold a double underscore in their names and its proxies
     * {@code $$SpringCGLIB$$}; ours never do.
     */
    static final ImportOption NOT_GENERATED = location -> !location.contains("__") && !location.contains("$$");

    static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(NOT_GENERATED)
            .importPackages("dev.kizuna");

    private MainClasses() {
    }
}
