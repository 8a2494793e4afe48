package dev.kizuna;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.JavaPackage;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The house rules that a build enforces: module boundaries and a few habits from CONVENTIONS.md. */
class ArchitectureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(KizunaApplication.class);
    private static final JavaClasses CLASSES = MainClasses.ALL;

    @Test
    void modulesOnlyUseEachOthersPublicFaceAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsForDocs() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }

    @Test
    void repositoriesArePackagePrivate() {
        classes().that().areAnnotatedWith(Repository.class).should().notHaveModifier(JavaModifier.PUBLIC)
                .because("only a module's facade touches its tables")
                .check(CLASSES);
    }

    @Test
    void businessModuleControllersLiveInWebOrApiPackages() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .and().resideOutsideOfPackage("dev.kizuna.platform..")
                .should().resideInAnyPackage("..web..", "..api..")
                .check(CLASSES);
    }

    @Test
    void controllersAreNotPublic() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    @Test
    void noTechnicalNamesWhereABusinessWordExists() {
        noClasses().should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .check(CLASSES);
    }

    /**
     * Spring names a scanned bean after its simple class name, so two modules each landing a {@code Forms} or a
     * {@code Settings} component stop the application at start. Name classes by their module's business word.
     */
    @Test
    void noTwoScannedBeansShareASimpleName() {
        Map<String, List<String>> byBeanName = new TreeMap<>();
        CLASSES.stream()
                .filter(c -> SCANNED.stream().anyMatch(c::isAnnotatedWith))
                .filter(c -> !c.isNestedClass() || c.getModifiers().contains(JavaModifier.STATIC))
                .forEach(c -> byBeanName.computeIfAbsent(beanName(c), k -> new java.util.ArrayList<>())
                        .add(c.getName()));
        assertThat(byBeanName).hasSizeGreaterThan(100);
        assertThat(byBeanName.entrySet().stream().filter(e -> e.getValue().size() > 1).toList())
                .as("beans of the same name").isEmpty();
    }

    /** The stereotypes component scanning picks up (meta-annotations are not followed into Spring's own jars). */
    private static final List<Class<? extends java.lang.annotation.Annotation>> SCANNED = List.of(
            org.springframework.stereotype.Component.class, org.springframework.stereotype.Service.class,
            Repository.class, Controller.class, RestController.class,
            org.springframework.context.annotation.Configuration.class,
            org.springframework.web.bind.annotation.ControllerAdvice.class,
            org.springframework.web.bind.annotation.RestControllerAdvice.class);

    private static String beanName(com.tngtech.archunit.core.domain.JavaClass c) {
        for (Class<? extends java.lang.annotation.Annotation> kind : SCANNED) {
            if (c.isAnnotatedWith(kind)) {
                Object value = c.getAnnotationOfType(kind.getName()).get("value").orElse("");
                if (value instanceof String named && !named.isEmpty()) {
                    return named;
                }
            }
        }
        return java.beans.Introspector.decapitalize(c.getSimpleName());
    }

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(Autowired.class)
                .because("dependencies come through the constructor into final fields")
                .check(CLASSES);
    }

    @Test
    void platformDependsOnNoBusinessModule() {
        String[] businessModules = MODULES.stream()
                .map(ApplicationModule::getBasePackage)
                .map(JavaPackage::getName)
                .filter(name -> !name.equals("dev.kizuna.platform"))
                .map(name -> name + "..")
                .toArray(String[]::new);
        assertThat(businessModules).hasSizeGreaterThan(9);
        noClasses().that().resideInAPackage("dev.kizuna.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(businessModules)
                .because("platform is the shared house every module lives in; it knows none of them")
                .check(CLASSES);
    }

    /** Without a declared list Spring Modulith allows every dependency, so the direction would be unchecked. */
    @Test
    void everyModuleDeclaresItsAllowedDependencies() {
        assertThat(MODULES.stream().map(ArchitectureTest::declared))
                .allSatisfy(allowed -> assertThat(allowed).doesNotContain(
                        org.springframework.modulith.ApplicationModule.OPEN_TOKEN));
    }

    /** docs/architecture.md says: insights reads from all, nothing depends on insights; nothing is built on import. */
    @Test
    void nothingMayDependOnTheTopModules() {
        assertThat(MODULES.stream().flatMap(module -> declared(module).stream()))
                .doesNotContain("insights", "dataio", "integrations");
    }

    /** The module table in docs/architecture.md names every module and exactly its allowed dependencies. */
    @Test
    void docsListEveryModuleWithItsAllowedDependencies() throws IOException {
        Map<String, List<String>> documented = new TreeMap<>();
        Pattern row = Pattern.compile("^\\| `(\\w+)`[^|]*\\|[^|]*\\| ([^|]*) \\|$");
        for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
            Matcher matcher = row.matcher(line);
            if (matcher.matches()) {
                documented.put(matcher.group(1), Arrays.stream(matcher.group(2).replace("`", "").split(","))
                        .map(String::trim).filter(name -> !name.isEmpty() && !name.equals("nothing")).sorted()
                        .toList());
            }
        }
        Map<String, List<String>> declared = new TreeMap<>();
        MODULES.forEach(module -> declared.put(module.getIdentifier().toString(), Stream.concat(
                        module.getIdentifier().toString().equals("platform") ? Stream.empty() : Stream.of("platform"),
                        declared(module).stream()).sorted().toList()));
        assertThat(documented).isEqualTo(declared);
    }

    private static List<String> declared(ApplicationModule module) {
        try {
            Class<?> info = Class.forName(module.getBasePackage().getName() + ".package-info");
            return List.of(info.getAnnotation(org.springframework.modulith.ApplicationModule.class)
                    .allowedDependencies());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(module.getIdentifier() + " has no package-info.java", e);
        }
    }
}
