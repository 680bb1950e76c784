package dev.codestages.yaml.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** YAML011: tag that builds an object. */
public final class UnsupportedTagRule extends YamlProblemRule {

    static final RuleInfo INFO = new RuleInfo("YAML011", "tag that builds an object", Severity.WARNING,
            FileKind.BUILDSPEC,
            "Tags such as '!!java.net.URL' or '!!python/object' ask a YAML reader to construct objects, the"
                    + " classic YAML deserialisation attack. codestages never constructs them. A warning: that"
                    + " the AWS readers (CodeBuild's Go agent, the CodeDeploy agent's Ruby YAML) refuse such a"
                    + " tag is likely but not shown by any AWS document or public report.",
            YamlDocPages.YAML_SPEC, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - !!java.net.URL "http://example.com"
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - curl http://example.com
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
