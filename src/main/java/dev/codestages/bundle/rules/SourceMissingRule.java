package dev.codestages.bundle.rules;

import dev.codestages.bundle.AppspecNeeds;
import dev.codestages.bundle.Pairing;
import dev.codestages.bundle.PairingRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import java.util.List;

/** BN007: a files source that is not in the bundle folder and that no build artifact produces. */
public final class SourceMissingRule implements PairingRule {

    static final RuleInfo INFO = new RuleInfo("BN007", "files source not in the bundle", Severity.WARNING,
            FileKind.APPSPEC,
            "Each 'source' must exist in the revision bundle; otherwise the Install event fails with \"No such"
                    + " file or directory @ rb_sysopen - .../deployment-archive/<source>\", after creating some of"
                    + " the folders already. The linter checks the folder the AppSpec is in; a source that a"
                    + " buildspec linted alongside packs into the artifact (a build output) is not reported.",
            BundleDocPages.FILES, """
                    version: 0.0
                    os: linux
                    files:
                      - source: config/app.conf
                        destination: /etc/app
                    """, """
                    version: 0.0
                    os: linux
                    files:
                      - source: config/app.conf
                        destination: /etc/app
                    #=== config/app.conf
                    #| port=8080
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Pairing pairing, RuleContext context) {
        List<Pairing.Carrier> artifacts = pairing.artifacts();
        for (AppspecNeeds.MissingSource source : pairing.appspec().missing()) {
            AppspecNeeds.Need need = new AppspecNeeds.Need(source.path(), AppspecNeeds.NeedKind.EITHER, "files source");
            if (artifacts.stream().anyMatch(c -> c.carries(need))) {
                continue; // the build produces it
            }
            context.report(source.at(), "files source '" + source.text() + "' is"
                    + " not in the bundle; the Install event fails unless the build creates it", "add it, correct"
                    + " the path (relative to the folder of " + pairing.appspec().fileName() + "), or lint it together"
                    + " with the buildspec that builds it");
        }
    }
}
