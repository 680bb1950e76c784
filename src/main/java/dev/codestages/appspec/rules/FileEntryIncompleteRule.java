package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import java.util.Optional;

/** AS022: a files entry without its source or destination. */
public final class FileEntryIncompleteRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS022", "files entry without source or destination",
            Severity.ERROR, FileKind.APPSPEC,
            "Each files entry copies 'source' (a path in the bundle, '/' for all of it) to 'destination' (a"
                    + " folder on the instance). Without a source the agent fails with \"specifies a destination"
                    + " file, but no source file\"; without a destination, with \"specifies only a source file\"."
                    + " Agent 2.x also rejects an empty string for either.",
            AppspecDocPages.FILES, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                    """, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
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
        for (YamlMapping file : appspec.files()) {
            check(file, "source", "a files entry has no 'source'", context);
            check(file, "destination", "a files entry has no 'destination'", context);
        }
    }

    private static void check(YamlMapping file, String key, String missing, RuleContext context) {
        Optional<YamlEntry> entry = file.entry(key);
        if (entry.isEmpty()) {
            context.report(file, missing + "; the agent fails the deployment", key.equals("source")
                    ? "add 'source:' with a path in the bundle ('/' for the whole bundle)"
                    : "add 'destination:' with the folder on the instance to copy into");
        } else if (ValueForms.isBlank(entry.get().value())) {
            context.report(entry.get().key(), "'" + key + "' of a files entry is empty; the agent fails the"
                    + " deployment", null);
        }
    }
}
