package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.ScalarType;
import dev.codestages.yaml.YamlScalar;

/** AS003: version "0.0" as a string, which the agent rejects. */
public final class AppspecVersionQuotedRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS003", "version written as a string", Severity.ERROR,
            FileKind.APPSPEC,
            "The CodeDeploy agent reads 'version' as a number and checks it equals 0.0. A quoted \"0.0\" (in YAML"
                    + " or JSON) is a string, and the agent fails with \"invalid version value (0.0)\" (agent 2.x:"
                    + " a YAML type error), although the docs say \"specify version with a string\". The AWS"
                    + " templates write it unquoted. Applies to EC2/On-Premises, whose AppSpec the agent reads.",
            AppspecDocPages.VERSION, """
                    version: "0.0"
                    os: linux
                    """, """
                    version: 0.0
                    os: linux
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (!appspec.isEc2()) {
            return;
        }
        if (appspec.root().get("version") instanceof YamlScalar v && !v.isNull()
                && v.type() == ScalarType.STRING && ValueForms.isZero(v.value().trim())
                && (v.style().isQuoted() || v.explicitTag() != null)) {
            context.report(v, "version " + v.quoted() + " is a string; the CodeDeploy agent requires the number 0.0",
                    "remove the quotes: version: 0.0");
        }
    }
}
