package dev.codestages.buildspec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.yaml.YamlLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests {@link ArtifactDefinition}: where CodeBuild puts a file, with base-directory, discard-paths and exclude-paths. */
class ArtifactDefinitionTest {

    private static List<ArtifactDefinition> of(String buildspec) {
        return new Buildspec(new YamlLoader().load(buildspec.getBytes(StandardCharsets.UTF_8)).rootMapping()).artifacts();
    }

    @Test
    void keepsPathsRelativeToTheBaseDirectory() {
        ArtifactDefinition artifact = of("""
                artifacts:
                  base-directory: deploy
                  files: ['**/*']
                """).get(0);
        assertThat(artifact.artifactPath("deploy/appspec.yml")).isEqualTo("appspec.yml");
        assertThat(artifact.artifactPath("deploy/scripts/start.sh")).isEqualTo("scripts/start.sh");
        assertThat(artifact.artifactPath("src/Main.java")).isNull();
        assertThat(artifact.carriesBelow("deploy/scripts", "scripts")).isTrue();
    }

    @Test
    void discardPathsFlattensEverythingToTheRoot() {
        ArtifactDefinition artifact = of("""
                artifacts:
                  files: ['**/*']
                  discard-paths: yes
                """).get(0);
        assertThat(artifact.artifactPath("scripts/start.sh")).isEqualTo("start.sh");
        assertThat(artifact.carriesBelow("scripts", "scripts")).isFalse();
        assertThat(artifact.carriesBelow("scripts", "")).isTrue();
    }

    @Test
    void excludePathsWinOverFiles() {
        ArtifactDefinition artifact = of("""
                artifacts:
                  files: ['**/*']
                  exclude-paths: ['**/*.md', scripts/local.sh]
                """).get(0);
        assertThat(artifact.artifactPath("README.md")).isNull();
        assertThat(artifact.artifactPath("docs/a.md")).isNull();
        assertThat(artifact.artifactPath("scripts/local.sh")).isNull();
        assertThat(artifact.excludes("scripts/local.sh")).isTrue();
        assertThat(artifact.artifactPath("scripts/start.sh")).isEqualTo("scripts/start.sh");
    }

    @Test
    void readsThePrimaryAndEverySecondaryArtifactAndASingleStringOfFiles() {
        List<ArtifactDefinition> artifacts = of("""
                artifacts:
                  files: target/app.jar
                  secondary-artifacts:
                    deploy:
                      files:
                        - appspec.yml
                """);
        assertThat(artifacts).hasSize(2);
        assertThat(artifacts.get(0).artifactPath("target/app.jar")).isEqualTo("target/app.jar");
        assertThat(artifacts.get(1).artifactPath("appspec.yml")).isEqualTo("appspec.yml");
        assertThat(artifacts.get(1).at().line()).isEqualTo(4);
        assertThat(artifacts).extracting(ArtifactDefinition::identifier).containsExactly(null, "deploy");
        assertThat(artifacts).extracting(ArtifactDefinition::path)
                .containsExactly("artifacts", "artifacts.secondary-artifacts.deploy");
    }

    @ParameterizedTest(name = "discard-paths: {0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "yes; true", "Yes; true", "YES; true", "y; true", "Y; true", "true; true", "True; true", "on; true",
            "ON; true", "\"yes\"; true", "\"TRUE\"; true",
            "no; false", "off; false", "false; false", "n; false",
            "\"on\"; false", "\"On\"; false", "\"y\"; false", "\"no\"; false",
            "maybe; false", "~; false"})
    void readsDiscardPathsAsGoYamlReadsABooleanAndTheQuotedDocumentedForms(String value, boolean discard) {
        ArtifactDefinition artifact = of("artifacts:\n  files: ['**/*']\n  discard-paths: " + value + "\n").get(0);
        assertThat(artifact.discardPaths()).isEqualTo(discard);
        assertThat(artifact.artifactPath("out/app.txt")).isEqualTo(discard ? "app.txt" : "out/app.txt");
    }

    @Test
    void aFolderNameCarriesItsContentsInFilesAndInExcludePaths() {
        ArtifactDefinition artifact = of("""
                artifacts:
                  files: [scripts, ./config/]
                  exclude-paths: [scripts/private]
                """).get(0);
        assertThat(artifact.artifactPath("scripts/start.sh")).isEqualTo("scripts/start.sh");
        assertThat(artifact.artifactPath("config/app/settings.json")).isEqualTo("config/app/settings.json");
        assertThat(artifact.artifactPath("scripts/private/key.pem")).isNull();
        assertThat(artifact.excludes("scripts/private/key.pem")).isTrue();
        assertThat(artifact.artifactPath("scriptsX/start.sh")).isNull();
    }

    @Test
    void aWildcardBaseDirectoryIsStrippedFromTheNames() {
        ArtifactDefinition artifact = of("""
                artifacts:
                  base-directory: 'build-*'
                  files: ['**/*']
                """).get(0);
        assertThat(artifact.artifactPath("build-1/app/index.html")).isEqualTo("app/index.html");
        assertThat(artifact.artifactPath("src/index.html")).isNull();
        assertThat(artifact.baseDirectoryNode().value()).isEqualTo("build-*");
    }

    @Test
    void aReportGroupSelectsItsFilesAsAnArtifactDoes() {
        Buildspec buildspec = new Buildspec(new YamlLoader().load("""
                reports:
                  unit:
                    base-directory: target/surefire-reports
                    files: ['*.xml']
                    file-format: junitxml
                  cover:
                    files: [coverage.xml]
                """.getBytes(StandardCharsets.UTF_8)).rootMapping());
        assertThat(buildspec.reportGroups()).extracting(ReportGroup::name, ReportGroup::format)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("unit", "JUNITXML"),
                        org.assertj.core.groups.Tuple.tuple("cover", "JUNITXML"));
        assertThat(buildspec.reportGroups().get(0).files().artifactPath("target/surefire-reports/TEST-a.xml"))
                .isEqualTo("TEST-a.xml");
    }
}
