package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;
import java.util.List;
import java.util.Locale;

/** AS024: a file_exists_behavior other than DISALLOW, OVERWRITE or RETAIN. */
public final class FileExistsBehaviorRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS024", "file_exists_behavior is not DISALLOW, OVERWRITE or RETAIN",
            Severity.ERROR, FileKind.APPSPEC,
            "The top-level 'file_exists_behavior' says what happens to files already on the instance: DISALLOW"
                    + " fails the deployment, OVERWRITE replaces them, RETAIN keeps them. The value is"
                    + " case-sensitive in the AppSpec; anything else fails the deployment with \"an invalid"
                    + " file_exists_behavior value\".",
            AppspecDocPages.FILES, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    file_exists_behavior: overwrite
                    """, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    file_exists_behavior: OVERWRITE
                    """);

    private static final List<String> VALUES = List.of("DISALLOW", "OVERWRITE", "RETAIN");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (!appspec.isEc2()) {
            return;
        }
        if (appspec.root().get("file_exists_behavior") instanceof YamlScalar v && !v.isNull()
                && !VALUES.contains(v.value())) {
            String upper = v.value().trim().toUpperCase(Locale.ROOT);
            context.report(v, "file_exists_behavior " + v.quoted() + " is not DISALLOW, OVERWRITE or RETAIN; the"
                    + " agent fails the deployment", VALUES.contains(upper) ? "write it in upper case: " + upper
                    : "write DISALLOW, OVERWRITE or RETAIN");
        }
    }
}
