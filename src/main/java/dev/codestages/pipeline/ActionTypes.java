package dev.codestages.pipeline;

import static dev.codestages.pipeline.ActionType.Range.UNKNOWN;
import static dev.codestages.pipeline.ActionType.Range.between;
import static dev.codestages.pipeline.ActionType.Range.exactly;

import dev.codestages.pipeline.ActionType.Range;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of action types codestages knows: the core providers of the CodePipeline action
 * reference with their artifact counts and configuration keys, and the other AWS provider names
 * (counts and keys not checked). Unknown ThirdParty and Custom providers are not errors: partners and
 * your own job workers register them per account.
 *
 * <p>Facts from the CodePipeline User Guide: the action structure reference of each provider (cited per
 * entry) and <a href="https://docs.aws.amazon.com/codepipeline/latest/userguide/reference-action-artifacts.html">valid
 * input and output artifacts for each action type</a>.
 */
public final class ActionTypes {

    private static final String GUIDE = "https://docs.aws.amazon.com/codepipeline/latest/userguide/";
    /** The action reference index, for provider names whose details codestages does not check. */
    public static final String INDEX = GUIDE + "action-reference.html";
    public static final String ARTIFACTS = GUIDE + "reference-action-artifacts.html";

    private static final List<ActionType> ALL = List.of(
            aws(Category.SOURCE, "CodeCommit", exactly(0), exactly(1), List.of("RepositoryName", "BranchName"),
                    List.of("PollForSourceChanges", "OutputArtifactFormat"), "action-reference-CodeCommit.html"),
            aws(Category.SOURCE, "S3", exactly(0), exactly(1), List.of("S3Bucket", "S3ObjectKey"),
                    List.of("PollForSourceChanges", "AllowOverrideForS3ObjectKey"), "action-reference-S3.html"),
            aws(Category.SOURCE, "ECR", exactly(0), exactly(1), List.of("RepositoryName"), List.of("ImageTag"),
                    "action-reference-ECR.html"),
            aws(Category.SOURCE, "CodeStarSourceConnection", exactly(0), exactly(1),
                    List.of("ConnectionArn", "FullRepositoryId", "BranchName"),
                    List.of("OutputArtifactFormat", "DetectChanges"), "action-reference-CodestarConnectionSource.html"),
            new ActionType(Category.SOURCE, Owner.THIRD_PARTY, "GitHub", exactly(0), exactly(1),
                    List.of("Owner", "Repo", "Branch", "OAuthToken"), List.of("PollForSourceChanges"), true,
                    GUIDE + "action-reference-GitHub.html"),
            codeBuild(Category.BUILD),
            codeBuild(Category.TEST),
            jenkins(Category.BUILD),
            jenkins(Category.TEST),
            aws(Category.COMPUTE, "Commands", between(1, 10), between(0, 1), List.of(), List.of(),
                    "action-reference-Commands.html"),
            new ActionType(Category.TEST, Owner.AWS, "DeviceFarm", exactly(1), exactly(0), List.of(),
                    List.of("ProjectId", "DevicePoolArn", "AppType", "App", "TestType", "Test"), false,
                    GUIDE + "action-reference-DeviceFarm.html"),
            aws(Category.DEPLOY, "CodeDeploy", exactly(1), exactly(0),
                    List.of("ApplicationName", "DeploymentGroupName"), List.of(), "action-reference-CodeDeploy.html"),
            aws(Category.DEPLOY, "CodeDeployToECS", between(1, 5), exactly(0),
                    List.of("ApplicationName", "DeploymentGroupName", "TaskDefinitionTemplateArtifact",
                            "AppSpecTemplateArtifact"),
                    List.of("TaskDefinitionTemplatePath", "AppSpecTemplatePath", "Image1ArtifactName",
                            "Image1ContainerName", "Image2ArtifactName", "Image2ContainerName", "Image3ArtifactName",
                            "Image3ContainerName", "Image4ArtifactName", "Image4ContainerName"),
                    "action-reference-ECSbluegreen.html"),
            aws(Category.DEPLOY, "ECS", exactly(1), exactly(0), List.of("ClusterName", "ServiceName"),
                    List.of("FileName", "DeploymentTimeout"), "action-reference-ECS.html"),
            aws(Category.DEPLOY, "ElasticBeanstalk", exactly(1), exactly(0),
                    List.of("ApplicationName", "EnvironmentName"), List.of(), "action-reference-Beanstalk.html"),
            aws(Category.DEPLOY, "CloudFormation", between(0, 10), between(0, 1), List.of("ActionMode", "StackName"),
                    List.of("ChangeSetName", "RoleArn", "TemplatePath", "TemplateConfiguration", "Capabilities",
                            "ParameterOverrides", "OutputFileName"),
                    "action-reference-CloudFormation.html"),
            aws(Category.DEPLOY, "S3", exactly(1), exactly(0), List.of("BucketName", "Extract"),
                    List.of("ObjectKey", "KMSEncryptionKeyARN", "CannedACL", "CacheControl"),
                    "action-reference-S3Deploy.html"),
            new ActionType(Category.DEPLOY, Owner.AWS, "ServiceCatalog", exactly(1), exactly(0), List.of(),
                    List.of("TemplateFilePath", "ProductVersionName", "ProductType", "ProductVersionDescription",
                            "ProductId", "ConfigurationFilePath"), false, GUIDE + "action-reference-ServiceCatalog.html"),
            new ActionType(Category.DEPLOY, Owner.AWS, "OpsWorks", exactly(1), exactly(0), List.of(), List.of(),
                    false, ARTIFACTS),
            new ActionType(Category.DEPLOY, Owner.THIRD_PARTY, "AlexaSkillsKit", between(0, 2), exactly(0),
                    List.of(), List.of("ClientId", "ClientSecret", "RefreshToken", "SkillId"), false, ARTIFACTS),
            aws(Category.APPROVAL, "Manual", exactly(0), exactly(0), List.of(),
                    List.of("NotificationArn", "CustomData", "ExternalEntityLink"), "approvals-action-add.html"),
            aws(Category.INVOKE, "Lambda", between(0, 5), between(0, 5), List.of("FunctionName"),
                    List.of("UserParameters"), "action-reference-Lambda.html"),
            aws(Category.INVOKE, "StepFunctions", between(0, 1), between(0, 1), List.of("StateMachineArn"),
                    List.of("ExecutionNamePrefix", "InputType", "Input"), "action-reference-StepFunctions.html"),
            // Named in the action reference index; their details are not checked here.
            other(Category.DEPLOY, "EC2"),
            other(Category.DEPLOY, "EKS"),
            other(Category.DEPLOY, "Lambda"),
            other(Category.DEPLOY, "AppConfig"),
            other(Category.DEPLOY, "CloudFormationStackSet"),
            other(Category.DEPLOY, "CloudFormationStackInstances"),
            other(Category.BUILD, "ECRBuildAndPublish"),
            other(Category.INVOKE, "InspectorScan"),
            other(Category.INVOKE, "CodePipeline"));

    private ActionTypes() {
    }

    private static ActionType aws(Category category, String provider, Range inputs, Range outputs,
                                  List<String> required, List<String> optional, String page) {
        return new ActionType(category, Owner.AWS, provider, inputs, outputs, required, optional, true, GUIDE + page);
    }

    private static ActionType codeBuild(Category category) {
        return aws(category, "CodeBuild", between(1, 5), between(0, 5), List.of("ProjectName"),
                List.of("PrimarySource", "EnvironmentVariables", "BatchEnabled", "CombineArtifacts", "BuildspecOverride"),
                "action-reference-CodeBuild.html");
    }

    /** Jenkins through the CodePipeline Jenkins plugin: a custom action type, registered per account. */
    private static ActionType jenkins(Category category) {
        return new ActionType(category, Owner.CUSTOM, "Jenkins", between(0, 5), between(0, 5), List.of("ProjectName"),
                List.of(), false, ARTIFACTS);
    }

    private static ActionType other(Category category, String provider) {
        return new ActionType(category, Owner.AWS, provider, UNKNOWN, UNKNOWN, List.of(), List.of(), false, INDEX);
    }

    /** Every known action type. */
    public static List<ActionType> all() {
        return ALL;
    }

    /** The action type with exactly this category, owner and provider. */
    public static Optional<ActionType> find(Category category, Owner owner, String provider) {
        for (ActionType type : ALL) {
            if (type.category() == category && type.owner() == owner && type.provider().equals(provider)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The action type of an action, when its category, owner and provider are literal and known. */
    public static Optional<ActionType> of(Action action) {
        Optional<Category> category = Category.of(action.category());
        Optional<Owner> owner = Owner.of(action.owner());
        if (category.isEmpty() || owner.isEmpty() || !action.provider().isLiteral()) {
            return Optional.empty();
        }
        return find(category.get(), owner.get(), action.provider().text());
    }

    /** Every known action type with this provider name, whatever its category and owner. */
    public static List<ActionType> withProvider(String provider) {
        List<ActionType> found = new ArrayList<>();
        for (ActionType type : ALL) {
            if (type.provider().equals(provider)) {
                found.add(type);
            }
        }
        return found;
    }

    /** The provider names known for an owner, for suggestions. */
    public static Set<String> providerNames(Owner owner) {
        Set<String> names = new LinkedHashSet<>();
        for (ActionType type : ALL) {
            if (type.owner() == owner) {
                names.add(type.provider());
            }
        }
        return names;
    }
}
