package dev.codestages.buildspec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests {@link ArtifactGlob}. */
class ArtifactGlobTest {

    @Test
    void starStaysInsideOneFolder() {
        ArtifactGlob glob = ArtifactGlob.of("target/*.jar");
        assertThat(glob.matches("target/app.jar")).isTrue();
        assertThat(glob.matches("target/lib/dep.jar")).isFalse();
        assertThat(glob.matches("app.jar")).isFalse();
        assertThat(glob.matches("target/app.war")).isFalse();
    }

    @Test
    void doubleStarCrossesAnyNumberOfFoldersIncludingNone() {
        ArtifactGlob glob = ArtifactGlob.of("**/*");
        assertThat(glob.matches("appspec.yml")).isTrue();
        assertThat(glob.matches("scripts/deep/start.sh")).isTrue();
        ArtifactGlob scripts = ArtifactGlob.of("scripts/**/*.sh");
        assertThat(scripts.matches("scripts/start.sh")).isTrue();
        assertThat(scripts.matches("scripts/a/b/start.sh")).isTrue();
        assertThat(scripts.matches("other/start.sh")).isFalse();
        assertThat(scripts.matches("scripts/readme.md")).isFalse();
    }

    @Test
    void questionMarkIsOneCharacterAndLeadingDotSlashIsIgnored() {
        assertThat(ArtifactGlob.of("./build-?.zip").matches("build-1.zip")).isTrue();
        assertThat(ArtifactGlob.of("./build-?.zip").matches("build-12.zip")).isFalse();
    }

    @Test
    void literalPatternMatchesItselfAndIsTakenToCarryAFolderBelowIt() {
        ArtifactGlob glob = ArtifactGlob.of("scripts");
        assertThat(glob.matches("scripts")).isTrue();
        assertThat(glob.matches("scripts/start.sh")).isTrue();
        assertThat(glob.matches("scriptsx")).isFalse();
        assertThat(ArtifactGlob.of("appspec.yml").matches("deploy/appspec.yml")).isFalse();
    }

    @Test
    void tellsWhetherSomethingBelowAFolderCanMatch() {
        assertThat(ArtifactGlob.of("target/codestages-*-cli.jar").matchesBelow("target")).isTrue();
        assertThat(ArtifactGlob.of("target/codestages-*-cli.jar").matchesBelow("scripts")).isFalse();
        assertThat(ArtifactGlob.of("scripts/**/*").matchesBelow("scripts")).isTrue();
        assertThat(ArtifactGlob.of("**/*").matchesBelow("a/b")).isTrue();
        assertThat(ArtifactGlob.of("*.jar").matchesBelow("target")).isFalse();
        assertThat(ArtifactGlob.of("config/app.conf").matchesBelow("config")).isTrue();
        assertThat(ArtifactGlob.of("config").matchesBelow("config")).isTrue();
    }

    @Test
    void stripsABaseDirectoryWhichMayBeAGlob() {
        assertThat(ArtifactGlob.of("dist").stripAsBase("dist/app/index.html")).isEqualTo("app/index.html");
        assertThat(ArtifactGlob.of("my-build*").stripAsBase("my-build-1/appspec.yml")).isEqualTo("appspec.yml");
        assertThat(ArtifactGlob.of("dist").stripAsBase("src/index.html")).isNull();
        assertThat(ArtifactGlob.of(".").stripAsBase("appspec.yml")).isEqualTo("appspec.yml");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} ~ {1}: {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "*      | ''        | true",
        "?      | ''        | false",
        "a*     | a         | true",
        "*a*b*  | xxaxxbxx  | true",
        "*a*b   | xxaxxbxxb | true",
        "*a*b   | xxaxxbxxc | false",
        "a?c    | abc       | true",
        "a?c    | ac        | false",
        "a.b    | axb       | false",
        "a.b    | a.b       | true",
        "[x]+   | [x]+      | true",
        "[x]+   | x         | false",
        "**     | anything  | true",
        "*.tar.gz | app.tar.gz | true",
        "*.tar.gz | app.tar.bz | false"})
    void wildcardsMatchOnePartWithEveryOtherCharacterTakenLiterally(String pattern, String part, boolean matches) {
        assertThat(ArtifactGlob.wildcardMatch(pattern, part)).isEqualTo(matches);
    }

    @Test
    void manyStarsAgainstALongNearMissAnswerWithoutBlowingUp() {
        String part = "a".repeat(20_000);
        assertThat(ArtifactGlob.wildcardMatch("*a*a*a*a*a*a*a*a*b", part)).isFalse();
        assertThat(ArtifactGlob.wildcardMatch("*a*a*a*a*a*a*a*a*", part)).isTrue();
    }

    @Test
    void aTrailingDoubleStarTakesEverythingBelowAndOtherCharactersAreLiteral() {
        assertThat(ArtifactGlob.of("dist/**").matches("dist/a/b")).isTrue();
        assertThat(ArtifactGlob.of("a.c").matches("abc")).isFalse();
        assertThat(ArtifactGlob.of("a+c").matches("a+c")).isTrue();
        assertThat(ArtifactGlob.of("dist\\app.js").matches("dist/app.js")).isTrue();
    }

    @Test
    void aDoubleStarBaseDirectoryStripsTheShortestMatchingFolders() {
        assertThat(ArtifactGlob.of("**/dist").stripAsBase("web/dist/index.html")).isEqualTo("index.html");
        assertThat(ArtifactGlob.of("**/dist").stripAsBase("dist/index.html")).isEqualTo("index.html");
        assertThat(ArtifactGlob.of("**/dist").stripAsBase("src/index.html")).isNull();
    }
}
