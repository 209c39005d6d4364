package plenary.leakcheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The leak check stands alone: any module may use it, it uses none, and only its bean knows Spring. The JSpecify
 * nullness annotations are allowed everywhere: they change nothing at run time.
 */
class LeakCheckModuleTests {

    private final JavaClasses module = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("plenary.leakcheck");

    @Test
    void dependsOnNoOtherPlenaryModule() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "plenary.leakcheck..",
                        "java..",
                        "org.jspecify..",
                        "com.ibm.icu..",
                        "org.springframework.context.annotation..")
                .check(module);
    }

    @Test
    void onlyTheBeanConfigurationKnowsSpring() {
        classes()
                .that()
                .doNotHaveSimpleName("LeakCheckConfiguration")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("plenary.leakcheck..", "java..", "org.jspecify..", "com.ibm.icu..")
                .check(module);
    }
}
