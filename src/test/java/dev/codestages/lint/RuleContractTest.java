package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests every rule in {@link Rules} against the contract all rules share: ids, docs, examples, fixtures. */
class RuleContractTest {

    static Stream<Rule> rules() {
        return Rules.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void hasAWellFormedIdAndDocumentation(Rule rule) {
        RuleInfo info = rule.info();
        assertThat(info.id()).matches("(YAML|BS|AS|BN|PL)\\d{3}");
        assertThat(info.title()).isNotBlank().doesNotEndWith(".");
        assertThat(info.title().substring(0, 1)).isLowerCase();
        assertThat(info.rationale()).isNotBlank().hasSizeGreaterThan(40);
        assertThat(info.source()).startsWith("https://");
        assertThat(info.badExample()).isNotBlank();
        assertThat(info.goodExample()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void badExampleTriggersExactlyThisRule(Rule rule) {
        List<Finding> findings = RuleDocs.lintExample(rule.info(), rule.info().badExample());
        assertThat(findings).extracting(Finding::rule).isNotEmpty().containsOnly(rule.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void goodExampleTriggersNothing(Rule rule) {
        assertThat(RuleDocs.lintExample(rule.info(), rule.info().goodExample())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void hasAFixtureFolderWithABadAndAGoodFile(Rule rule) throws IOException {
        Path folder = RuleFixturesTest.ROOT.resolve(rule.id());
        assertThat(folder).isDirectory();
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).anyMatch(n -> n.startsWith("bad") && n.endsWith(".out"));
            assertThat(names).anyMatch(n -> n.startsWith("good"));
        }
    }

    @Test
    void idsAreUniqueAndEveryFixtureFolderBelongsToARule() throws IOException {
        List<String> ids = Rules.all().stream().map(Rule::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        try (Stream<Path> folders = Files.list(RuleFixturesTest.ROOT)) {
            assertThat(folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .allSatisfy(name -> assertThat(ids).contains(name));
        }
    }

    @Test
    void everyKindSurvivesAnEmptyAndAScalarFile() {
        for (FileKind kind : FileKind.values()) {
            Linter linter = new Linter();
            assertThat(linter.lintBytes("x.yml", new byte[0], kind).findings())
                    .extracting(Finding::rule).containsExactly("YAML006");
            assertThat(linter.lintBytes("x.yml", "just text".getBytes(), kind).findings())
                    .extracting(Finding::rule).containsExactly("YAML008");
        }
    }
}
