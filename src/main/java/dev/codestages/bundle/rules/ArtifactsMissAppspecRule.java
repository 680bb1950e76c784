package dev.codestages.bundle.rules;

import dev.codestages.buildspec.ArtifactDefinition;
import dev.codestages.bundle.Pairing;
import dev.codestages.bundle.PairingRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** BN011: a buildspec whose artifacts do not put the AppSpec at the root of the bundle. */
public final class ArtifactsMissAppspecRule implements PairingRule {

    static final RuleInfo INFO = new RuleInfo("BN011", "build artifact does not carry the appspec",
            Severity.WARNING, FileKind.APPSPEC,
            "When CodePipeline deploys a CodeBuild artifact with CodeDeploy, that artifact is the revision"
                    + " bundle, and the AppSpec must be at its root. If 'artifacts.files' does not include it, or"
                    + " base-directory or the folder layout puts it elsewhere, the deployment fails with \"The"
                    + " CodeDeploy agent did not find an AppSpec file within the unpacked revision directory\"."
                    + " Checked for the buildspecs linted together with an AppSpec in their folder or below.",
            BundleDocPages.ARTIFACTS, """
                    version: 0.0
                    os: linux
                    files:
                      - source: target/app.jar
                        destination: /opt/app
                    #=== buildspec.yml
                    #| version: 0.2
                    #| phases:
                    #|   build:
                    #|     commands:
                    #|       - mvn package
                    #| artifacts:
                    #|   files:
                    #|     - target/app.jar
                    """, """
                    version: 0.0
                    os: linux
                    files:
                      - source: target/app.jar
                        destination: /opt/app
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
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Pairing pairing, RuleContext context) {
        if (pairing.buildspecs().isEmpty() || !pairing.carriers().isEmpty()) {
            return;
        }
        for (Pairing.BuildspecArtifacts buildspec : pairing.buildspecs()) {
            String prefix = pairing.prefix(buildspec);
            String source = prefix.isEmpty() ? pairing.appspec().fileName() : prefix + "/" + pairing.appspec().fileName();
            ArtifactDefinition primary = buildspec.definitions().get(0);
            String landsAt = buildspec.definitions().stream().map(d -> d.artifactPath(source))
                    .filter(p -> p != null).findFirst().orElse(null);
            boolean excluded = buildspec.definitions().stream().anyMatch(d -> d.excludes(source));
            context.inFile(buildspec.display()).report(primary.at(), "the artifacts do not put '" + source + "' at"
                    + " the root of the bundle, where CodeDeploy looks for the appspec", landsAt != null
                    ? "it lands at '" + landsAt + "'; set base-directory to its folder or move it"
                    : excluded ? "exclude-paths leaves it out; narrow it"
                    : "add '" + source + "' to artifacts.files");
        }
    }
}
