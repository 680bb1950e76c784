package dev.codestages.buildspec.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests the line heuristics of {@link FoldedCommandRule} and {@link UncheckedScriptRule}. */
class CommandHeuristicsTest {

    @Test
    void findsACommandStartedOnAContinuationLine() {
        assertThat(FoldedCommandRule.secondCommand(List.of("echo \"Creating .env\"", "printf x > .env")))
                .isEqualTo("printf");
        assertThat(FoldedCommandRule.secondCommand(List.of("make build", "make test"))).isEqualTo("make");
        assertThat(FoldedCommandRule.secondCommand(List.of("npm ci", "x", "npm test"))).isEqualTo("npm");
    }

    @Test
    void acceptsLinesThatContinueTheCommand() {
        assertThat(FoldedCommandRule.secondCommand(List.of("npm ci &&", "npm test"))).isNull();
        assertThat(FoldedCommandRule.secondCommand(List.of("cat a |", "grep b"))).isNull();
        assertThat(FoldedCommandRule.secondCommand(List.of("echo a;", "echo b"))).isNull();
        assertThat(FoldedCommandRule.secondCommand(List.of("if [ -f x ]; then", "echo yes; fi"))).isNull();
        assertThat(FoldedCommandRule.secondCommand(List.of("sudo", "apt-get install jq"))).isNull();
        assertThat(FoldedCommandRule.secondCommand(List.of("echo \"a", "echo b\""))).isNull();
        assertThat(FoldedCommandRule.secondCommand(List.of("X=$(cat a", "grep b)"))).isNull();
        assertThat(FoldedCommandRule.secondCommand(List.of("docker build", "--tag app ."))).isNull();
    }

    @Test
    void reportsASequenceWhoseMiddleFailureIsLost() {
        assertThat(UncheckedScriptRule.isUnchecked("docker build .\ndocker push app\n")).isTrue();
        assertThat(UncheckedScriptRule.isUnchecked("# build\ncd app\n\nmake\n")).isTrue();
    }

    @Test
    void scriptBlockIsReadWordByWordWhateverTheWhiteSpace() {
        assertThat(UncheckedScriptRule.isUnchecked("if\ttrue; then make; fi\nmake test\n")).isFalse();
        assertThat(UncheckedScriptRule.isUnchecked("echo\tbuilding\nmake\n")).isFalse();
        assertThat(UncheckedScriptRule.isUnchecked("make\tall\nmake test\n")).isTrue();
        assertThat(UncheckedScriptRule.isUnchecked("iffy build\nmake test\n")).isTrue();
    }

    @Test
    void leavesScriptsThatHandleFailureOrAreOneCommand() {
        assertThat(UncheckedScriptRule.isUnchecked("set -eu\ncd app\nmake\n")).isFalse();
        assertThat(UncheckedScriptRule.isUnchecked("set -o errexit\ncd app\nmake\n")).isFalse();
        assertThat(UncheckedScriptRule.isUnchecked("set -x -e\ncd app\nmake\n")).isFalse();
        assertThat(UncheckedScriptRule.isUnchecked("cd app &&\nmake\n")).isFalse();
        assertThat(UncheckedScriptRule.isUnchecked("cd app || exit 1\nmake\n")).isFalse();
        assertThat(UncheckedScriptRule.isUnchecked("echo building\nmake\n")).isFalse();
        assertThat(UncheckedScriptRule.isUnchecked("docker run \\\n  -e X=1 \\\n  app\n")).isFalse();
        assertThat(UncheckedScriptRule.isUnchecked("for d in a b; do\n  make -C $d\ndone\n")).isFalse();
        assertThat(UncheckedScriptRule.isUnchecked("cat > f <<EOF\nx\nEOF\nmake\n")).isFalse();
        assertThat(UncheckedScriptRule.isUnchecked("make\n")).isFalse();
    }
}
