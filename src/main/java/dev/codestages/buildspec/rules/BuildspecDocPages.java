package dev.codestages.buildspec.rules;

/** The AWS pages the buildspec rules cite as their source. */
final class BuildspecDocPages {

    static final String REFERENCE = "https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html";
    static final String BATCH = "https://docs.aws.amazon.com/codebuild/latest/userguide/batch-build-buildspec.html";
    static final String RUNTIMES = "https://docs.aws.amazon.com/codebuild/latest/userguide/runtime-versions.html";
    static final String ENV_VARS = "https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html";
    static final String REPORTS = "https://docs.aws.amazon.com/codebuild/latest/userguide/test-reporting.html";
    static final String CACHE = "https://docs.aws.amazon.com/codebuild/latest/userguide/caching-s3.html";
    static final String TROUBLESHOOTING = "https://docs.aws.amazon.com/codebuild/latest/userguide/troubleshooting.html";

    private BuildspecDocPages() {
    }
}
