package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.yaml.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule that declares {@code defersTo} loses its finding exactly where the rule it defers to reported. */
class ModelRuleSetTest {

    /** A stand-in rule that reports one finding at each position of the model. */
    private static final class AtEach implements ModelRule<List<Position>> {

        private final RuleInfo info;
        private final List<String> defersTo;

        AtEach(String id, List<String> defersTo) {
            this.info = new RuleInfo(id, "test rule " + id, Severity.WARNING, FileKind.BUILDSPEC, "why", "https://x",
                    "bad", "good");
            this.defersTo = defersTo;
        }

        @Override
        public RuleInfo info() {
            return info;
        }

        @Override
        public List<String> defersTo() {
            return defersTo;
        }

        @Override
        public void check(List<Position> model, RuleContext context) {
            for (Position at : model) {
                context.report(at, context.ruleId() + " here", null);
            }
        }
    }

    private static List<String> findings(ModelRuleSet<List<Position>> rules, List<Position> model) {
        FindingCollector out = new FindingCollector("buildspec.yml");
        rules.check(model, out);
        return out.findings().stream().map(f -> f.rule() + " " + f.line() + ":" + f.column()).toList();
    }

    @Test
    void aDeferringRuleStepsAsideOnlyWhereTheOtherRuleReported() {
        ModelRuleSet<List<Position>> both = new ModelRuleSet<>(List.of(
                new AtEach("T001", List.of("T002")),
                new ModelRule<List<Position>>() {
                    @Override
                    public RuleInfo info() {
                        return new RuleInfo("T002", "second", Severity.ERROR, FileKind.BUILDSPEC, "why", "https://x",
                                "bad", "good");
                    }

                    @Override
                    public void check(List<Position> model, RuleContext context) {
                        context.report(new Position(2, 3), "T002 here", null);
                    }
                }));

        assertThat(findings(both, List.of(new Position(1, 1), new Position(2, 3))))
                .containsExactly("T001 1:1", "T002 2:3");
    }

    @Test
    void aRuleThatDefersToNothingKeepsEveryFinding() {
        ModelRuleSet<List<Position>> rules = new ModelRuleSet<>(List.of(
                new AtEach("T001", List.of()),
                new AtEach("T002", List.of())));

        assertThat(findings(rules, List.of(new Position(1, 1))))
                .containsExactly("T001 1:1", "T002 1:1");
    }

    @Test
    void findingsAlreadyCollectedForTheFileAreLeftAlone() {
        FindingCollector out = new FindingCollector("buildspec.yml");
        out.findings().add(new Finding("T002", Severity.ERROR, "buildspec.yml", new Position(1, 1), "earlier", null));
        new ModelRuleSet<>(List.of(new AtEach("T001", List.of("T002")))).check(List.of(new Position(1, 1)), out);

        assertThat(out.findings()).extracting(Finding::rule).containsExactly("T002", "T001");
    }
}
