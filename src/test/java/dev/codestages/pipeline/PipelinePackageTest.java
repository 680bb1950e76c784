package dev.codestages.pipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Tests that the pipeline model and its readers know no rule: the diagram and the runner read the same
 * model, and only {@link PipelineChecker} (which runs the rules) may name {@code pipeline.rules}.
 */
class PipelinePackageTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.codestages.pipeline");

    @Test
    void theModelAndReadersKnowNoRule() {
        noClasses().that().resideInAPackage("dev.codestages.pipeline")
                .and().doNotHaveSimpleName("PipelineChecker")
                .should().dependOnClassesThat().resideInAPackage("dev.codestages.pipeline.rules..")
                .check(CLASSES);
    }
}
