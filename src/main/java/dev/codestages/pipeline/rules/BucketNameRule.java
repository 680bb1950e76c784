package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.ArtifactStore;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Value;
import java.util.regex.Pattern;

/** PL033: artifact store location that is not a bucket name. */
public final class BucketNameRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL033", "artifact store location that is not a bucket name", Severity.ERROR, FileKind.PIPELINE,
            "The artifact store's location is the name of an S3 bucket, 3 to 63 characters of letters,"
                    + " digits, dots and hyphens, in the pipeline's Region. It is a bucket, never a folder or a URL:"
                    + " s3://bucket, bucket/prefix or an ARN fail the API's pattern check.",
            PipelineDocPages.API_ARTIFACT_STORE, """
                    name: demo
                    roleArn: arn:aws:iam::111122223333:role/demo
                    artifactStore: {type: S3, location: s3://demo-artifacts}
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

    private static final Pattern BUCKET = Pattern.compile("[a-zA-Z0-9\\-.]{3,63}");

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            for (ArtifactStore store : pipeline.artifactStores()) {
                Value location = store.location();
                if (location.isLiteral() && !BUCKET.matcher(location.text()).matches()) {
                    context.report(location.at(), "artifact store location " + location.quoted()
                            + " is not a bucket name (3 to 63 letters, digits, dots and hyphens)", hint(location.text()));
                }
            }
        }
    }

    private static String hint(String location) {
        String bucket = location.replaceFirst("^s3://", "").replaceFirst("^arn:aws[\\w-]*:s3:::", "");
        int slash = bucket.indexOf('/');
        bucket = slash > 0 ? bucket.substring(0, slash) : bucket;
        return !bucket.equals(location) && BUCKET.matcher(bucket).matches()
                ? "give the bucket name only: '" + bucket + "'" : null;
    }
}
