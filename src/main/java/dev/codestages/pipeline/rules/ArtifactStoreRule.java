package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** PL005: artifact store missing or given twice. */
public final class ArtifactStoreRule extends ReadProblemRule {

    static final RuleInfo INFO = new RuleInfo("PL005", "artifact store missing or given twice", Severity.ERROR, FileKind.PIPELINE,
            "Every pipeline keeps the artifacts its actions hand on in an S3 bucket. A pipeline declares"
                    + " exactly one of artifactStore (one bucket in the pipeline's Region) or artifactStores (one per"
                    + " Region, for cross-Region actions): with neither, or with both, the service rejects it and"
                    + " CloudFormation's schema requires exactly one (cfn-lint E3626).",
            PipelineDocPages.API_DECLARATION, """
                    name: demo
                    roleArn: arn:aws:iam::111122223333:role/demo
                    stages:
                      - name: Source
                        actions:
                          - name: Checkout
                            actionTypeId: {category: Source, owner: AWS, provider: CodeCommit, version: "1"}
                            configuration: {RepositoryName: demo, BranchName: main}
                            outputArtifacts: [{name: Src}]
                      - name: Build
                        actions:
                          - name: Build
                            actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                            configuration: {ProjectName: demo}
                            inputArtifacts: [{name: Src}]
                    """, """
                    name: demo
                    roleArn: arn:aws:iam::111122223333:role/demo
                    artifactStore: {type: S3, location: demo-artifacts}
                    stages:
                      - name: Source
                        actions:
                          - name: Checkout
                            actionTypeId: {category: Source, owner: AWS, provider: CodeCommit, version: "1"}
                            configuration: {RepositoryName: demo, BranchName: main}
                            outputArtifacts: [{name: Src}]
                      - name: Build
                        actions:
                          - name: Build
                            actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                            configuration: {ProjectName: demo}
                            inputArtifacts: [{name: Src}]
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
