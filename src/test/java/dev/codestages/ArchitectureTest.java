package dev.codestages;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.codestages.lint.ModelRule;
import dev.codestages.lint.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Tests the one-way data flow of docs/architecture.md: files -> yaml -> model -> rules -> findings -> report,
 * with the CLI on top and nothing below it knowing it; and that YAML is never loaded into objects.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.codestages");

    /** The YAML reader; its rules ({@code yaml.rules}) stand on it and on {@code lint}, as every format's rules do. */
    @Test
    void yamlKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage("dev.codestages.yaml")
                .should().dependOnClassesThat().resideInAnyPackage("dev.codestages.lint..", "dev.codestages.buildspec..",
                        "dev.codestages.appspec..", "dev.codestages.bundle..", "dev.codestages.pipeline..",
                        "dev.codestages.report..", "dev.codestages.cli..", "dev.codestages.run..",
                        "dev.codestages.diagram..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheCli() {
        noClasses().that().resideOutsideOfPackage("dev.codestages.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.codestages.cli..")
                .check(CLASSES);
    }

    /** The AWS API is loaded by the local server only: lint, run and the engine never reach it. */
    @Test
    void onlyTheServerAndTheCliKnowTheAwsApi() {
        noClasses().that().resideOutsideOfPackages("dev.codestages.api..", "dev.codestages.console..", "dev.codestages.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.codestages.api..")
                .check(CLASSES);
    }

    @Test
    void nothingInTheLibraryDependsOnTheCiSteps() {
        noClasses().that().resideOutsideOfPackage("dev.codestages.ci..")
                .should().dependOnClassesThat().resideInAPackage("dev.codestages.ci..")
                .check(CLASSES);
    }

    @Test
    void theLibraryKnowsNoJenkinsOrServletApi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("hudson..", "jenkins..", "org.jenkinsci..",
                        "org.kohsuke..", "io.jenkins..", "jakarta.servlet..", "javax.servlet..")
                .because("the Jenkins glue lives in jenkins/ and is compiled against the mirror separately")
                .check(CLASSES);
    }

    @Test
    void reportsKnowNoConcreteRule() {
        noClasses().that().resideInAPackage("dev.codestages.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.codestages.buildspec..",
                        "dev.codestages.appspec..", "dev.codestages.bundle..", "dev.codestages.pipeline..")
                .check(CLASSES);
    }

    /** The registry, with the holder classes inside it that make each checker on first use. */
    @Test
    void onlyTheRegistryInLintNamesTheFormatPackages() {
        noClasses().that().resideInAPackage("dev.codestages.lint..")
                .and().haveNameNotMatching("dev\\.codestages\\.lint\\.Rules(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("dev.codestages.buildspec..",
                        "dev.codestages.appspec..", "dev.codestages.bundle..", "dev.codestages.pipeline..")
                .check(CLASSES);
    }

    @Test
    void buildspecRulesDoNotKnowOtherFormats() {
        noClasses().that().resideInAPackage("dev.codestages.buildspec..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.codestages.appspec..",
                        "dev.codestages.pipeline..", "dev.codestages.report..")
                .check(CLASSES);
    }

    @Test
    void yamlIsNeverConstructedIntoObjects() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("org.yaml.snakeyaml.Yaml")
                .orShould().dependOnClassesThat().resideInAPackage("org.yaml.snakeyaml.constructor..")
                .because("user files are composed into nodes only; constructing objects from them is how YAML"
                        + " deserialisation attacks work")
                .check(CLASSES);
    }

    @Test
    void theRunnerHasNoLifecycleTableOfItsOwn() {
        noClasses().that().resideInAPackage("dev.codestages.run..").should().haveSimpleNameContaining("LifecycleEvent")
                .because("the one lifecycle table is appspec's LifecycleEvents, read by the rules and the agent")
                .check(CLASSES);
    }

    @Test
    void onlyTheCliEntryPointExits() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.codestages.cli.Codestages")
                .should().callMethod(System.class, "exit", int.class)
                .check(CLASSES);
    }

    /** One glob for artifact paths, owned by the buildspec model, for the rules, the bundle checks and the runner. */
    @Test
    void thereIsExactlyOneArtifactGlobAndTheBuildspecModelOwnsIt() {
        assertThat(CLASSES.stream().filter(c -> c.getSimpleName().endsWith("ArtifactGlob")).map(JavaClass::getName))
                .containsExactly("dev.codestages.buildspec.ArtifactGlob");
    }

    /** The runner plays the models; reading YAML is the models' job (buildspec's BuildspecFile, appspec's AgentAppspec). */
    @Test
    void theRunnerAndTheEngineNameNoYamlType() {
        noClasses().that().resideInAnyPackage("dev.codestages.run..", "dev.codestages.engine..")
                .should().dependOnClassesThat().resideInAPackage("dev.codestages.yaml..")
                .check(CLASSES);
    }

    /**
     * A rule that steps aside for another declares it ({@code Rule.defersTo}); a predicate two rules share
     * lives in the model or a helper. No rule asks another rule anything.
     */
    @Test
    void noRuleCallsAnotherRule() {
        classes().that().implement(Rule.class)
                .should(new ArchCondition<JavaClass>("not access another rule class") {
                    @Override
                    public void check(JavaClass rule, ConditionEvents events) {
                        for (JavaAccess<?> access : rule.getAccessesFromSelf()) {
                            JavaClass target = access.getTargetOwner();
                            if (!target.equals(rule) && target.isAssignableTo(Rule.class) && !rule.isAssignableTo(target.getName())) {
                                events.add(SimpleConditionEvent.violated(rule, access.getDescription()));
                            }
                        }
                    }
                })
                .check(CLASSES);
    }

    /**
     * One shape for a rule, whatever the format: a model rule, over the format's model (a reader's problems
     * reported through {@code ProblemRule}, the YAML loader's included; the bundle's pairings of an AppSpec
     * with buildspecs too). The one exception is {@code ReviewRule}: the documentation of the findings a pass
     * over the other findings writes (unused suppressions, the finding review).
     */
    @Test
    void everyRuleIsAModelRule() {
        classes().that().implement(Rule.class).and().areNotInterfaces()
                .and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .and().doNotHaveFullyQualifiedName("dev.codestages.lint.ReviewRule")
                .should().implement(ModelRule.class)
                .check(CLASSES);
    }

    /** Names that explain themselves: a simple name says which class it is, in any package. */
    @Test
    void noTwoClassesShareASimpleName() {
        Map<String, List<String>> byName = new TreeMap<>();
        for (JavaClass c : CLASSES) {
            if (c.isTopLevelClass()) {
                byName.computeIfAbsent(c.getSimpleName(), k -> new ArrayList<>()).add(c.getName());
            }
        }
        byName.values().removeIf(names -> names.size() < 2 || names.get(0).endsWith("package-info"));
        assertThat(byName).isEmpty();
    }
}
