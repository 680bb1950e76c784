package dev.codestages.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.lint.Finding;
import dev.codestages.lint.LintOptions;
import dev.codestages.lint.Linter;
import dev.codestages.lint.Severity;
import dev.codestages.lint.SpecFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests the bundle inferred for an AppSpec when no --bundle names one. */
class InferredBundleTest {

    /** A buildspec at the repository root whose artifact is the deploy/ folder. */
    private static final String PACKS_DEPLOY = """
            version: 0.2
            phases:
              build:
                commands:
                  - make
            artifacts:
              base-directory: deploy
              files:
                - '**/*'
            """;

    @TempDir
    Path repository;
    private Path appspec;

    @BeforeEach
    void aRepositoryWithTheAppspecInDeploy() throws IOException {
        Files.createDirectories(repository.resolve(".git"));
        Files.createDirectories(repository.resolve("scripts"));
        Files.writeString(repository.resolve("scripts/start.sh"), "#!/bin/bash\necho start\n");
        appspec = repository.resolve("deploy/appspec.yml");
        Files.createDirectories(appspec.getParent());
    }

    private List<Finding> lint(String script, LintOptions options) throws IOException {
        Files.writeString(appspec, """
                version: 0.0
                os: linux
                hooks:
                  ApplicationStart:
                    - location: %s
                """.formatted(script));
        return new Linter(options).lint(List.of(SpecFile.of(appspec))).findings().stream()
                .filter(f -> f.rule().equals("BN001")).toList();
    }

    @Test
    void findsTheScriptsAtTheRepositoryRootWhenTheAppspecSitsInAFolder() throws IOException {
        assertThat(lint("scripts/start.sh", LintOptions.DEFAULT)).isEmpty();
    }

    @Test
    void reportsAScriptMissingFromAnInferredBundleAsAWarningNamingTheAssumption() throws IOException {
        List<Finding> findings = lint("scripts/stop.sh", LintOptions.DEFAULT);

        assertThat(findings).extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BN001", Severity.WARNING));
        assertThat(findings.get(0).message()).endsWith("(assuming the bundle is the AppSpec's own folder)");
        assertThat(findings.get(0).hint()).contains("--bundle");
    }

    @Test
    void reportsAScriptMissingFromANamedBundleAsAnError() throws IOException {
        List<Finding> findings = lint("scripts/stop.sh", new LintOptions(null, appspec.getParent()));

        assertThat(findings).extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BN001", Severity.ERROR));
    }

    /** Copies a real repository's files (src/test/resources/bundle/NAME, see its PROVENANCE.md) into the repository. */
    private void copyRealRepository(String name) throws IOException {
        Path from = Path.of("src/test/resources/bundle", name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = repository.resolve(from.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
                to.toFile().setExecutable(file.getFileName().toString().endsWith(".sh"));
            }
        }
    }

    private List<Finding> lintRepository(String... rules) throws IOException {
        List<SpecFile> files = List.of(SpecFile.of(repository.resolve("deploy/appspec.yml")),
                SpecFile.of(repository.resolve("deploy/buildspec.yml")));
        return new Linter(LintOptions.DEFAULT).lint(files).findings().stream()
                .filter(f -> List.of(rules).contains(f.rule())).toList();
    }

    @Test
    void findsTheScriptsWhereTheBuildArtifactPutsThem() throws IOException {
        copyRealRepository("artifact-discard-paths");

        assertThat(lintRepository("BN001", "BN011", "BN012")).isEmpty();
    }

    @Test
    void findsTheScriptsWhenOnlyTheAppspecIsLinted() throws IOException {
        copyRealRepository("artifact-discard-paths");

        List<Finding> findings = new Linter(LintOptions.DEFAULT)
                .lint(List.of(SpecFile.of(repository.resolve("deploy/appspec.yml")))).findings();

        assertThat(findings).extracting(Finding::rule).doesNotContain("BN001");
    }

    @Test
    void reportsAScriptMissingFromTheBuildArtifactAsAnErrorNamingTheArtifact() throws IOException {
        copyRealRepository("artifact-discard-paths");
        Files.delete(repository.resolve("deploy/scripts/run_process.sh"));

        List<Finding> findings = lintRepository("BN001");

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::line)
                .containsExactly(Tuple.tuple("BN001", Severity.ERROR, 18));
        assertThat(findings.get(0).message()).isEqualTo("hook script 'run_process.sh' is not in the bundle; the"
                + " ApplicationStart event fails with ScriptMissing (the bundle is what deploy/buildspec.yml's"
                + " artifacts select from the repository)");
    }

    @Test
    void warnsOfAScriptTheBuildCommandsNameAsTheBuildMayMakeIt() throws IOException {
        copyRealRepository("artifact-discard-paths");
        Files.delete(repository.resolve("deploy/scripts/run_process.sh"));
        Path buildspec = repository.resolve("deploy/buildspec.yml");
        Files.writeString(buildspec, Files.readString(buildspec).replace("      - echo Build completed on `date`\n",
                "      - echo Build completed on `date`\n      - cp ops/run_process.sh deploy/scripts/\n"));

        List<Finding> findings = lintRepository("BN001");

        assertThat(findings).extracting(Finding::rule, Finding::severity)
                .containsExactly(Tuple.tuple("BN001", Severity.WARNING));
        assertThat(findings.get(0).message()).endsWith("its commands name 'run_process.sh', so the build may make it)");
        assertThat(findings.get(0).hint()).contains("--bundle");
    }

    @Test
    void looksForTheScriptsBelowTheBaseDirectoryNotAtTheRepositoryRoot() throws IOException {
        Files.writeString(repository.resolve("buildspec.yml"), PACKS_DEPLOY);

        List<Finding> findings = lint("scripts/start.sh", LintOptions.DEFAULT);

        assertThat(findings).extracting(Finding::rule, Finding::severity)
                .containsExactly(Tuple.tuple("BN001", Severity.ERROR));
        assertThat(findings.get(0).message()).endsWith("(the bundle is what buildspec.yml's artifacts select from"
                + " the repository)");
    }

    @Test
    void findsTheScriptsBelowTheBaseDirectory() throws IOException {
        Files.writeString(repository.resolve("buildspec.yml"), PACKS_DEPLOY);
        Files.createDirectories(repository.resolve("deploy/scripts"));
        Files.writeString(repository.resolve("deploy/scripts/start.sh"), "#!/bin/bash\necho start\n");

        assertThat(lint("scripts/start.sh", LintOptions.DEFAULT)).isEmpty();
    }
}
