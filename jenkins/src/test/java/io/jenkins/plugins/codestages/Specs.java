package io.jenkins.plugins.codestages;

/** Spec files the integration tests put into a workspace. */
final class Specs {

    /** An unknown phase (error BS006 at 3:3). */
    static final String BUILDSPEC_WITH_ERROR = """
            version: 0.2
            phases:
              prebuild:
                commands:
                  - npm ci
              build:
                commands:
                  - make
            """;

    /** A misspelt key that CodeBuild ignores (warning BS007 at 4:5). */
    static final String BUILDSPEC_WITH_WARNING = """
            version: 0.2
            phases:
              build:
                comands:
                  - make
                commands:
                  - make
            """;

    /** Builds a bundle: the appspec, the app and the hook scripts packed as BuildOutput.zip. */
    static final String BUILDSPEC_PACKING_A_BUNDLE = """
            version: 0.2
            env:
              exported-variables:
                - VERSION
            phases:
              build:
                commands:
                  - echo "build $CODEBUILD_BUILD_NUMBER of $CODEBUILD_RESOLVED_SOURCE_VERSION by $CODEBUILD_INITIATOR"
                  - mkdir -p app && echo "$CODEBUILD_BUILD_NUMBER" > app/version.txt
                  - export VERSION=1.$CODEBUILD_BUILD_NUMBER
            artifacts:
              files:
                - appspec.yml
                - app/**/*
                - scripts/**/*
            """;

    /** As {@link #BUILDSPEC_PACKING_A_BUNDLE}, and leaves one Surefire test report, as the project's own build does. */
    static final String BUILDSPEC_WITH_TEST_REPORT = BUILDSPEC_PACKING_A_BUNDLE.replace("""
            artifacts:""", """
                  - mkdir -p target/surefire-reports
                  - echo '<testsuite name="flow" tests="1"><testcase classname="flow" name="deploys"/></testsuite>' > target/surefire-reports/TEST-flow.xml
            artifacts:""");

    static final String BUILDSPEC_FAILING = """
            version: 0.2
            phases:
              build:
                commands:
                  - echo compiling
                  - exit 3
            """;

    static final String APPSPEC = """
            version: 0.0
            os: linux
            files:
              - source: app
                destination: /opt/app
            hooks:
              ValidateService:
                - location: scripts/validate.sh
                  timeout: 60
            """;

    static final String VALIDATE_OK = "#!/bin/sh\necho \"validating $APPLICATION_NAME\"\n";

    static final String VALIDATE_FAILING = "#!/bin/sh\necho \"validation failed\"\nexit 4\n";

    /** A CodePipeline definition whose build stage is named like an XSS probe. */
    static final String HOSTILE_PIPELINE = """
            {
              "pipeline": {
                "name": "demo",
                "roleArn": "arn:aws:iam::123456789012:role/demo-pipeline",
                "artifactStore": {"type": "S3", "location": "demo-artifacts"},
                "stages": [
                  {"name": "Source", "actions": [{"name": "Source",
                    "actionTypeId": {"category": "Source", "owner": "AWS", "provider": "CodeCommit", "version": "1"},
                    "configuration": {"RepositoryName": "demo", "BranchName": "main"},
                    "outputArtifacts": [{"name": "SourceOutput"}]}]},
                  {"name": "<img src=x onerror=alert(1)>", "actions": [{"name": "Build",
                    "actionTypeId": {"category": "Build", "owner": "AWS", "provider": "CodeBuild", "version": "1"},
                    "configuration": {"ProjectName": "demo"},
                    "inputArtifacts": [{"name": "SourceOutput"}],
                    "outputArtifacts": [{"name": "BuildOutput"}]}]}
                ],
                "version": 1
              }
            }
            """;

    static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";

    private Specs() {
    }
}
