package dev.kizuna;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * SQL lives in repositories: a class that is not a {@code *Repository} does not hold a JDBC client. A facade that
 * needs a table asks its module's repository; another module's data goes through that module's facade.
 */
class RepositoriesOwnSqlTest {

    private static final JavaClasses CLASSES = MainClasses.ALL;

    /** Not repositories, on purpose: infrastructure that hands a JDBC client to a library. */
    private static final Set<String> INFRASTRUCTURE = Set.of(
            "dev.kizuna.platform.jobs.SchedulingConfig"); // ShedLock's lock provider takes a JdbcTemplate

    /**
     * Classes whose SQL has not moved into their module's repository yet (issue 16). This list only shrinks: move
     * a class's statements into the repository that owns the table, then delete its line.
     */
    private static final Set<String> NOT_YET_MOVED = Set.of(
            "dev.kizuna.activities.ActivityRollups",
            "dev.kizuna.activities.ComplianceSnapshots",
            "dev.kizuna.customers.CustomerActivity",
            "dev.kizuna.customers.ListViews",
            "dev.kizuna.identity.security.LoginThrottle",
            "dev.kizuna.identity.security.SessionTerminator",
            "dev.kizuna.identity.security.SignInAccounts");

    private static final DescribedPredicate<JavaClass> ALLOWED = DescribedPredicate.describe(
            "a repository or a listed exception", c -> {
                String top = c.getName().contains("$") ? c.getName().substring(0, c.getName().indexOf('$'))
                        : c.getName();
                return top.endsWith("Repository") || INFRASTRUCTURE.contains(top) || NOT_YET_MOVED.contains(top);
            });

    @Test
    void onlyRepositoriesHoldAJdbcClient() {
        noClasses().that(DescribedPredicate.not(ALLOWED))
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcOperations")
                .orShould().dependOnClassesThat().resideInAPackage("org.springframework.jdbc.core.namedparam..")
                .because("plain SQL belongs in the repository of the module that owns the table (issue 16)")
                .check(CLASSES);
    }

    @Test
    void theListOfClassesStillToMoveOnlyNamesClassesThatStillHoldOne() {
        // a class that no longer needs its exception must leave the list, so the list cannot go stale
        for (String name : NOT_YET_MOVED) {
            JavaClass c = CLASSES.get(name);
            boolean holds = c.getDirectDependenciesFromSelf().stream().anyMatch(d -> d.getTargetClass().getName()
                    .startsWith("org.springframework.jdbc.core"));
            org.assertj.core.api.Assertions.assertThat(holds).as(name + " holds no JDBC client: remove it from the list")
                    .isTrue();
        }
    }
}
