package dev.codestages.yaml.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** YAML003: tab character in indentation. */
public final class TabIndentationRule extends YamlProblemRule {

    static final RuleInfo INFO = new RuleInfo("YAML003", "tab character in indentation", Severity.ERROR,
            FileKind.BUILDSPEC,
            "YAML indentation is spaces only. A tab makes the parser fail with 'found character that cannot"
                    + " start any token', which CodeBuild reports as YAML_FILE_ERROR.",
            YamlDocPages.BUILDSPEC_REF, "version: 0.2\nphases:\n  build:\n\tcommands:\n      - make\n",
            CLEAN_BUILDSPEC);

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
