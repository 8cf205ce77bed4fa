package org.statementworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void theExpectedFeatureModulesExist() {
        var names = MODULES.stream().map(m -> m.getIdentifier().toString()).toList();
        org.assertj.core.api.Assertions.assertThat(names).contains("base", "security", "statement");
    }

    @Test
    void vaadinIsUsedOnlyInUiPackages() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.statementworkbench");
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .because("views live in ui packages; services and domain stay free of Vaadin")
                .check(classes);
    }
}
