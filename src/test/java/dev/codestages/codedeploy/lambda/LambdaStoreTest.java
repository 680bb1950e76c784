package dev.codestages.codedeploy.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests the local function store, {@link LambdaStore}. */
class LambdaStoreTest {

    @TempDir
    Path project;

    private LambdaStore store() {
        return LambdaStore.in(project.resolve(".codestages"));
    }

    @Test
    void publishingNumbersVersionsFromOneAndKeepsEachAsPublished() throws Exception {
        LambdaStore store = store();
        assertThat(store.publishCommand("greeter", "echo one").version()).isEqualTo("1");
        assertThat(store.publishCommand("greeter", "echo two").version()).isEqualTo("2");

        assertThat(store.versions("greeter")).containsExactly(1L, 2L);
        assertThat(store.version("greeter", "1").code().command()).isEqualTo("echo one");
        assertThat(store.version("greeter", "2").code().command()).isEqualTo("echo two");
        assertThat(store.version("greeter", "$LATEST").code().command()).isEqualTo("echo two");
        assertThat(project.resolve(".codestages/lambda/greeter/versions/1.properties")).exists();
    }

    @Test
    void publishingUnchangedCodeGivesTheLastVersionAgain() throws Exception {
        LambdaStore store = store();
        store.publishCommand("greeter", "echo one");
        assertThat(store.publishCommand("greeter", "echo one").version()).isEqualTo("1");
        store.publishCommand("greeter", "echo two");
        assertThat(store.publishCommand("greeter", "echo one").version()).isEqualTo("3");
    }

    @Test
    void aCodeFolderIsCopiedIntoTheStoreSoLaterEditsDoNotChangeTheVersion() throws Exception {
        Path code = Files.createDirectories(project.resolve("src"));
        Files.writeString(code.resolve("app.py"), "def handler(event, context):\n    return 1\n");
        LambdaStore store = store();
        PublishedVersion first = store.publishCode("calc", code, "app.handler");
        Files.writeString(code.resolve("app.py"), "def handler(event, context):\n    return 2\n");
        PublishedVersion second = store.publishCode("calc", code, "app.handler");

        assertThat(first.version()).isEqualTo("1");
        assertThat(second.version()).isEqualTo("2");
        assertThat(store.codeFolder(first).resolve("app.py")).content().contains("return 1");
        assertThat(store.codeFolder(second).resolve("app.py")).content().contains("return 2");
    }

    @Test
    void anAliasKeepsItsVersionAndTheWeightOfAnAdditionalOne() throws Exception {
        LambdaStore store = store();
        store.publishCommand("greeter", "echo one");
        store.publishCommand("greeter", "echo two");
        store.setAlias("greeter", "live", "1", "2", 0.25);

        AliasRouting live = store.alias("greeter", "live");
        assertThat(live).isEqualTo(new AliasRouting("greeter", "live", "1", "2", 0.25));
        assertThat(live.describe()).isEqualTo("live: 1 (75%), 2 (25%)");
        assertThat(store.setAlias("greeter", "live", "2").describe()).isEqualTo("live: 2");
    }

    @Test
    void writesLeaveNoTemporaryFilesBehind() throws Exception {
        LambdaStore store = store();
        store.publishCommand("greeter", "echo one");
        store.setAlias("greeter", "live", "1");
        store.setAlias("greeter", "live", "1");
        try (Stream<Path> files = Files.walk(project)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anAliasToAVersionThatIsNotPublishedFailsWithLambdasMessage() throws Exception {
        LambdaStore store = store();
        store.publishCommand("greeter", "echo one");
        assertThatThrownBy(() -> store.setAlias("greeter", "live", "7"))
                .isInstanceOf(LambdaException.class).hasMessage("Function not found: greeter:7");
        assertThatThrownBy(() -> store.setAlias("greeter", "live", "99999999999999999999999"))
                .isInstanceOf(LambdaException.class).hasMessage("Function not found: greeter:99999999999999999999999");
        assertThatThrownBy(() -> store.version("greeter", "01"))
                .isInstanceOf(LambdaException.class).hasMessage("Function not found: greeter:01");
        assertThatThrownBy(() -> store.alias("greeter", "missing"))
                .isInstanceOf(LambdaException.class).hasMessage("Function not found: greeter:missing");
    }

    @Test
    void anAliasRoutingIsRefusedWhenItCannotBeAWeightedPairOfPublishedVersions() throws Exception {
        LambdaStore store = store();
        store.publishCommand("greeter", "echo one");
        store.publishCommand("greeter", "echo two");
        assertThatThrownBy(() -> store.setAlias("greeter", "live", "1", "1", 0.5))
                .isInstanceOf(LambdaException.class).hasMessageContaining("is the alias's own version");
        assertThatThrownBy(() -> store.setAlias("greeter", "live", "1", "2", 1.5))
                .isInstanceOf(LambdaException.class).hasMessageContaining("outside 0.0 to 1.0");
        assertThatThrownBy(() -> store.setAlias("greeter", "live", "$LATEST", "2", 0.5))
                .isInstanceOf(LambdaException.class).hasMessageContaining("not $LATEST");
        assertThat(project.resolve(".codestages/lambda/greeter/aliases/live.properties")).doesNotExist();
    }

    @Test
    void namesWithDotDotOrSlashAreRefusedAndNothingIsWritten() throws Exception {
        LambdaStore store = store();
        assertThatThrownBy(() -> store.publishCommand("..", "echo x")).isInstanceOf(LambdaException.class)
                .hasMessage("1 validation error detected: Value '..' at 'functionName' failed to satisfy constraint:"
                        + " Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+ (at most 64 characters)");
        assertThatThrownBy(() -> store.publishCommand("../escape", "echo x")).isInstanceOf(LambdaException.class);
        assertThatThrownBy(() -> store.publishCommand("a/b", "echo x")).isInstanceOf(LambdaException.class);
        store.publishCommand("greeter", "echo one");
        assertThatThrownBy(() -> store.setAlias("greeter", "../../live", "1")).isInstanceOf(LambdaException.class)
                .hasMessageContaining("at 'name' failed to satisfy constraint");
        assertThatThrownBy(() -> store.setAlias("greeter", "a/b", "1")).isInstanceOf(LambdaException.class);
        assertThatThrownBy(() -> store.setAlias("greeter", "42", "1")).isInstanceOf(LambdaException.class);
        try (Stream<Path> files = Files.walk(project)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> project.relativize(p).toString()))
                    .containsExactlyInAnyOrder(".codestages/lambda/greeter/latest.properties",
                            ".codestages/lambda/greeter/versions/1.properties");
        }
    }

    @Test
    void aFunctionNameLongerThanSixtyFourCharactersIsRefused() {
        assertThatThrownBy(() -> store().publishCommand("f".repeat(65), "echo x")).isInstanceOf(LambdaException.class);
    }

    @Test
    void theStoreWritesThroughNoSymbolicLink() throws Exception {
        Path outside = Files.createDirectories(project.resolve("outside"));
        Files.createDirectories(project.resolve(".codestages/lambda"));
        Files.createSymbolicLink(project.resolve(".codestages/lambda/greeter"), outside);
        assertThatThrownBy(() -> store().publishCommand("greeter", "echo one"))
                .hasMessageContaining("is a symbolic link");
        try (Stream<Path> files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
    }
}
