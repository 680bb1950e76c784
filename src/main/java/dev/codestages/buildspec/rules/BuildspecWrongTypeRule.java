package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.lint.Shape;
import dev.codestages.lint.ShapeViolation;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.util.List;

/** BS008: a value of the wrong YAML type (a list where a mapping belongs, a word where yes/no belongs). */
public final class BuildspecWrongTypeRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS008", "value has the wrong type", Severity.ERROR,
            FileKind.BUILDSPEC,
            "CodeBuild decodes each key into a fixed type. A list where a mapping is expected (or the reverse),"
                    + " or a word where a yes/no flag is expected, fails the build in DOWNLOAD_SOURCE with"
                    + " YAML_FILE_ERROR. Flags take yes, no, true or false.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    env:
                      - NODE_ENV=production
                    phases:
                      build:
                        commands:
                          - npm run build
                    """, """
                    version: 0.2
                    env:
                      variables:
                        NODE_ENV: production
                    phases:
                      build:
                        commands:
                          - npm run build
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** A command read as a mapping (BS009) and a skeleton placeholder (BS030) have findings of their own. */
    @Override
    public List<String> defersTo() {
        return List.of("BS009", "BS030");
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (ShapeViolation v : buildspec.violations(ShapeViolation.Kind.WRONG_TYPE)) {
            context.report(v.node(), message(v), hint(v));
        }
    }

    private static String message(ShapeViolation v) {
        String found = v.node() instanceof YamlScalar scalar ? scalar.quoted() : v.node().describe();
        return "'" + v.path() + "' must be " + v.expected().describe() + ", found " + found;
    }

    private static String hint(ShapeViolation v) {
        if (v.expected() instanceof Shape.Scalar scalar && scalar.kind() == Shape.ScalarKind.BOOLEAN) {
            return "write yes or no";
        }
        if (v.expected() instanceof Shape.Mapping && v.node() instanceof dev.codestages.yaml.YamlSequence) {
            return "remove the '- ' dashes: this section is a mapping of keys, not a list";
        }
        if (v.expected() instanceof Shape.ListOf && v.node() instanceof dev.codestages.yaml.YamlMapping) {
            return "write each item on its own line starting with '- '";
        }
        return null;
    }
}
