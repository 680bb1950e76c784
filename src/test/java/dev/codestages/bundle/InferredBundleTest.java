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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests the bundle inferred for an AppSpec when no --bundle names one. */
class InferredBundleTest {

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
}
