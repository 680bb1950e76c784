package dev.codestages.pipeline.rules;

/** The AWS pages the pipeline rules cite as their source. */
final class PipelineDocPages {

    private static final String GUIDE = "https://docs.aws.amazon.com/codepipeline/latest/userguide/";
    static final String STRUCTURE = GUIDE + "reference-pipeline-structure.html";
    static final String REQUIREMENTS = GUIDE + "action-requirements.html";
    static final String ARTIFACTS = GUIDE + "reference-action-artifacts.html";
    static final String ACTIONS = GUIDE + "action-reference.html";
    static final String APPROVALS = GUIDE + "approvals.html";
    static final String VARIABLES = GUIDE + "reference-variables.html";
    static final String COMMANDS = GUIDE + "action-reference-Commands.html";
    static final String CODEBUILD = GUIDE + "action-reference-CodeBuild.html";
    static final String CODECOMMIT = GUIDE + "action-reference-CodeCommit.html";
    static final String EDIT = GUIDE + "pipelines-edit.html";
    static final String API_DECLARATION = "https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_PipelineDeclaration.html";
    static final String API_ARTIFACT_STORE = "https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_ArtifactStore.html";
    static final String CFN = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codepipeline-pipeline.html";

    private PipelineDocPages() {
    }
}
