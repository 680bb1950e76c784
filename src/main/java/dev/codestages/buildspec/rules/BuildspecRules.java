package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BuildspecRule;
import java.util.List;

/** Every buildspec rule, by id. Adding a rule means adding it here. */
public final class BuildspecRules {

    private BuildspecRules() {
    }

    public static List<BuildspecRule> all() {
        return List.of(
                new VersionMissingRule(),
                new VersionValueRule(),
                new VersionQuotedRule(),
                new VersionQuotedInBatchRule(),
                new PhasesMissingRule(),
                new UnknownPhaseRule(),
                new UnknownKeyRule(),
                new WrongTypeRule(),
                new CommandIsMappingRule(),
                new NullListItemRule(),
                new EmptyValueRule(),
                new MissingRequiredKeyRule(),
                new LegacyKeyRule(),
                new Version01ShellRule(),
                new ReportFileFormatRule(),
                new ReportGroupNameRule(),
                new TooManyReportGroupsRule(),
                new CoverageAsTestReportRule(),
                new ArtifactPathRule(),
                new BaseDirectoryRepeatedRule(),
                new SecondaryArtifactIdentifierRule(),
                new DiscardPathsCollisionRule(),
                new FallbackKeysLimitRule(),
                new FallbackKeysWithoutKeyRule(),
                new CacheActionRule(),
                new MultipleBatchTypesRule(),
                new BatchIdentifierRule(),
                new DuplicateBatchIdentifierRule(),
                new UnknownDependencyRule(),
                new DependencyCycleRule(),
                new ComputeTypeAndFleetRule(),
                new FanoutParallelismRule(),
                new BuildMatrixWithoutDynamicRule(),
                new MatrixValueNotListRule(),
                new OnFailureValueRule(),
                new OnFailureFormRule(),
                new PhaseWithoutCommandsRule(),
                new EmptyRuntimeVersionsRule(),
                new UnknownRuntimeRule(),
                new RetiredRuntimeRule(),
                new RuntimeVersionFormRule(),
                new ConflictingRuntimesRule(),
                new CommandIsYamlFileRule(),
                new GithubExpressionRule(),
                new FoldedCommandRule(),
                new UncheckedScriptRule(),
                new ReservedVariableNameRule(),
                new VariableNameRule(),
                new UnexpandedVariableValueRule(),
                new PlainTextSecretRule(),
                new VariableDefinedTwiceRule(),
                new SecretsManagerReferenceRule(),
                new ParameterStoreNameRule(),
                new ExportedAwsVariableRule(),
                new UnknownShellRule(),
                new ShellSpellingRule(),
                new SkeletonPlaceholderRule(),
                new RunAsUserRule(),
                new ImageReferenceRule());
    }
}
