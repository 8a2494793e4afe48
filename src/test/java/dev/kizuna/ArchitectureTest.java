package dev.kizuna;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** The house rules that a build enforces: module boundaries and a few habits from CONVENTIONS.md. */
class ArchitectureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(KizunaApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.kizuna");

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

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(Autowired.class)
                .because("dependencies come through the constructor into final fields")
                .check(CLASSES);
    }

    @Test
    void platformDependsOnNoBusinessModule() {
        noClasses().that().resideInAPackage("dev.kizuna.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.kizuna.identity..")
                .check(CLASSES);
    }
}
