package dev.codestages.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.yaml.YamlLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link ArtifactDefinition}: where CodeBuild puts a file, with base-directory, discard-paths and exclude-paths. */
class ArtifactDefinitionTest {

    private static List<ArtifactDefinition> of(String buildspec) {
        return ArtifactDefinition.of(new YamlLoader().load(buildspec.getBytes(StandardCharsets.UTF_8)).rootMapping());
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
    }
}
