package dev.codestages.bundle.rules;

import dev.codestages.bundle.AppspecNeeds;
import dev.codestages.bundle.Pairing;
import dev.codestages.bundle.PairingRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import java.util.List;

/** BN012: a build artifact that carries the AppSpec but not the scripts and files it names. */
public final class ArtifactsMissNeedsRule implements PairingRule {

    private static final int LISTED = 5;

    static final RuleInfo INFO = new RuleInfo("BN012", "build artifact does not carry what the appspec needs",
            Severity.WARNING, FileKind.APPSPEC,
            "The artifact that carries the AppSpec is the whole revision bundle: every hook script and every"
                    + " files source must be in it, at the same path relative to the AppSpec. Patterns in"
                    + " 'artifacts.files' (with base-directory, discard-paths and exclude-paths applied) that miss"
                    + " one make the deployment fail with ScriptMissing or \"No such file or directory\" at"
                    + " Install. discard-paths: yes flattens folders, so it loses scripts/ and the like.",
            BundleDocPages.ARTIFACTS, """
                    version: 0.0
                    os: linux
                    files:
                      - source: target/app.jar
                        destination: /opt/app
                    hooks:
                      ApplicationStop:
                        - location: scripts/stop.sh
                    #=== scripts/stop.sh (executable)
                    #| #!/bin/bash
                    #| systemctl stop app
                    #=== buildspec.yml
                    #| version: 0.2
                    #| phases:
                    #|   build:
                    #|     commands:
                    #|       - mvn package
                    #| artifacts:
                    #|   files:
                    #|     - appspec.yml
                    #|     - target/app.jar
                    """, """
                    version: 0.0
                    os: linux
                    files:
                      - source: target/app.jar
                        destination: /opt/app
                    hooks:
                      ApplicationStop:
                        - location: scripts/stop.sh
                    #=== scripts/stop.sh (executable)
                    #| #!/bin/bash
                    #| systemctl stop app
                    #=== buildspec.yml
                    #| version: 0.2
                    #| phases:
                    #|   build:
                    #|     commands:
                    #|       - mvn package
                    #| artifacts:
                    #|   files:
                    #|     - appspec.yml
                    #|     - target/app.jar
                    #|     - scripts/**/*
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Pairing pairing, RuleContext context) {
        for (Pairing.Carrier carrier : pairing.carriers()) {
            AppspecNeeds appspec = pairing.appspec();
            boolean seen = carrier.isTheAppspecBundle(appspec);
            List<AppspecNeeds.Need> missing = pairing.appspec().needs().stream()
                    .filter(need -> seen ? missingFromSeen(appspec, carrier, need) : !carrier.carries(need))
                    .toList();
            if (missing.isEmpty()) {
                continue;
            }
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < Math.min(LISTED, missing.size()); i++) {
                AppspecNeeds.Need need = missing.get(i);
                list.append(i == 0 ? "" : ", ").append('\'').append(carrier.source(need.path())).append("' (")
                        .append(need.what()).append(')');
            }
            if (missing.size() > LISTED) {
                list.append(" and ").append(missing.size() - LISTED).append(" more");
            }
            context.inFile(carrier.buildspec().display()).report(carrier.definition().at(), "this artifact carries "
                    + pairing.appspec().display() + " but not what it needs: " + list,
                    hint(carrier, missing));
        }
    }

    /**
     * In the artifact the AppSpec's bundle was taken from, whose files were seen: a need found there is
     * carried wherever it came from (discard-paths gathers files from any folder), one left out although it
     * is in the AppSpec's folder is not, and for one in neither (a build output) the patterns decide.
     */
    private static boolean missingFromSeen(AppspecNeeds appspec, Pairing.Carrier carrier, AppspecNeeds.Need need) {
        if (!appspec.absent().contains(need.path())) {
            return false;
        }
        return appspec.inFolder().contains(need.path()) || !carrier.carries(need);
    }

    private static String hint(Pairing.Carrier carrier, List<AppspecNeeds.Need> missing) {
        if (carrier.definition().discardPaths()) {
            return "discard-paths: yes flattens folders; drop it, or set base-directory instead";
        }
        for (AppspecNeeds.Need need : missing) {
            if (carrier.definition().excludes(carrier.source(need.path()))) {
                return "exclude-paths leaves out '" + carrier.source(need.path()) + "'; narrow it";
            }
        }
        return "add them to the files patterns, such as '" + folderPattern(carrier, missing.get(0)) + "'";
    }

    private static String folderPattern(Pairing.Carrier carrier, AppspecNeeds.Need need) {
        String source = carrier.source(need.path());
        int slash = source.indexOf('/');
        return need.kind() == AppspecNeeds.NeedKind.FOLDER ? source + "/**/*"
                : slash < 0 ? source : source.substring(0, slash) + "/**/*";
    }
}
