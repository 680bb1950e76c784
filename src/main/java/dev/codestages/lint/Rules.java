package dev.codestages.lint;

import dev.codestages.appspec.AppspecChecker;
import dev.codestages.appspec.rules.AclEntryRule;
import dev.codestages.appspec.rules.AppspecEmptyValueRule;
import dev.codestages.appspec.rules.AppspecUnknownKeyRule;
import dev.codestages.appspec.rules.AppspecVersionMissingRule;
import dev.codestages.appspec.rules.AppspecVersionQuotedRule;
import dev.codestages.appspec.rules.AppspecVersionValueRule;
import dev.codestages.appspec.rules.AppspecWrongTypeRule;
import dev.codestages.appspec.rules.ContextRangeRule;
import dev.codestages.appspec.rules.ContextTypeMissingRule;
import dev.codestages.appspec.rules.ContextUserRule;
import dev.codestages.appspec.rules.DestinationNotAbsoluteRule;
import dev.codestages.appspec.rules.EcsCapacityProviderRule;
import dev.codestages.appspec.rules.EcsContainerPortRule;
import dev.codestages.appspec.rules.EcsLoadBalancerInfoRule;
import dev.codestages.appspec.rules.EcsNetworkConfigurationRule;
import dev.codestages.appspec.rules.EcsPlatformVersionRule;
import dev.codestages.appspec.rules.EcsTargetServiceRule;
import dev.codestages.appspec.rules.EcsTaskDefinitionMissingRule;
import dev.codestages.appspec.rules.EcsTaskDefinitionValueRule;
import dev.codestages.appspec.rules.EmptyEventRule;
import dev.codestages.appspec.rules.FileEntryIncompleteRule;
import dev.codestages.appspec.rules.FileExistsBehaviorRule;
import dev.codestages.appspec.rules.HookCommandsRule;
import dev.codestages.appspec.rules.HookEventNotAllowedRule;
import dev.codestages.appspec.rules.HookFunctionMissingRule;
import dev.codestages.appspec.rules.LambdaFunctionCountRule;
import dev.codestages.appspec.rules.LambdaPropertyMissingRule;
import dev.codestages.appspec.rules.LambdaSameVersionRule;
import dev.codestages.appspec.rules.LambdaVersionRule;
import dev.codestages.appspec.rules.LocationNotAFileRule;
import dev.codestages.appspec.rules.ModeInvalidRule;
import dev.codestages.appspec.rules.ModeOctalRule;
import dev.codestages.appspec.rules.OsMissingRule;
import dev.codestages.appspec.rules.OsValueRule;
import dev.codestages.appspec.rules.OverwriteKeyRule;
import dev.codestages.appspec.rules.PathLeavesBundleRule;
import dev.codestages.appspec.rules.PermissionMatchesNothingRule;
import dev.codestages.appspec.rules.PermissionObjectMissingRule;
import dev.codestages.appspec.rules.PermissionOverlapRule;
import dev.codestages.appspec.rules.PermissionPatternRule;
import dev.codestages.appspec.rules.PermissionTypeRule;
import dev.codestages.appspec.rules.PermissionsOnWindowsRule;
import dev.codestages.appspec.rules.ReservedEventRule;
import dev.codestages.appspec.rules.ResourceTypeRule;
import dev.codestages.appspec.rules.RunasOnWindowsRule;
import dev.codestages.appspec.rules.ScriptLocationMissingRule;
import dev.codestages.appspec.rules.SudoValueRule;
import dev.codestages.appspec.rules.TimeoutInvalidRule;
import dev.codestages.appspec.rules.TimeoutLimitRule;
import dev.codestages.appspec.rules.TimeoutNotIntegerRule;
import dev.codestages.appspec.rules.UnknownEventRule;
import dev.codestages.appspec.rules.ValidateServiceMissingRule;
import dev.codestages.appspec.rules.VersionUndocumentedRule;
import dev.codestages.buildspec.BuildspecChecker;
import dev.codestages.buildspec.rules.ArtifactPathRule;
import dev.codestages.buildspec.rules.BaseDirectoryRepeatedRule;
import dev.codestages.buildspec.rules.BatchIdentifierRule;
import dev.codestages.buildspec.rules.BuildMatrixWithoutDynamicRule;
import dev.codestages.buildspec.rules.BuildspecEmptyValueRule;
import dev.codestages.buildspec.rules.BuildspecUnknownKeyRule;
import dev.codestages.buildspec.rules.BuildspecVersionMissingRule;
import dev.codestages.buildspec.rules.BuildspecVersionQuotedRule;
import dev.codestages.buildspec.rules.BuildspecVersionValueRule;
import dev.codestages.buildspec.rules.BuildspecWrongTypeRule;
import dev.codestages.buildspec.rules.CacheActionRule;
import dev.codestages.buildspec.rules.CommandIsMappingRule;
import dev.codestages.buildspec.rules.CommandIsYamlFileRule;
import dev.codestages.buildspec.rules.ComputeTypeAndFleetRule;
import dev.codestages.buildspec.rules.ConflictingRuntimesRule;
import dev.codestages.buildspec.rules.CoverageAsTestReportRule;
import dev.codestages.buildspec.rules.DependencyCycleRule;
import dev.codestages.buildspec.rules.DiscardPathsCollisionRule;
import dev.codestages.buildspec.rules.DuplicateBatchIdentifierRule;
import dev.codestages.buildspec.rules.EmptyRuntimeVersionsRule;
import dev.codestages.buildspec.rules.ExportedAwsVariableRule;
import dev.codestages.buildspec.rules.FallbackKeysLimitRule;
import dev.codestages.buildspec.rules.FallbackKeysWithoutKeyRule;
import dev.codestages.buildspec.rules.FanoutParallelismRule;
import dev.codestages.buildspec.rules.FoldedCommandRule;
import dev.codestages.buildspec.rules.GithubExpressionRule;
import dev.codestages.buildspec.rules.LegacyKeyRule;
import dev.codestages.buildspec.rules.MatrixValueNotListRule;
import dev.codestages.buildspec.rules.MissingRequiredKeyRule;
import dev.codestages.buildspec.rules.MultipleBatchTypesRule;
import dev.codestages.buildspec.rules.NullListItemRule;
import dev.codestages.buildspec.rules.OnFailureFormRule;
import dev.codestages.buildspec.rules.OnFailureValueRule;
import dev.codestages.buildspec.rules.ParameterStoreNameRule;
import dev.codestages.buildspec.rules.PhaseWithoutCommandsRule;
import dev.codestages.buildspec.rules.PhasesMissingRule;
import dev.codestages.buildspec.rules.PlainTextSecretRule;
import dev.codestages.buildspec.rules.ReportFileFormatRule;
import dev.codestages.buildspec.rules.ReportGroupNameRule;
import dev.codestages.buildspec.rules.ReservedVariableNameRule;
import dev.codestages.buildspec.rules.RetiredRuntimeRule;
import dev.codestages.buildspec.rules.ImageReferenceRule;
import dev.codestages.buildspec.rules.RunAsUserRule;
import dev.codestages.buildspec.rules.RuntimeVersionFormRule;
import dev.codestages.buildspec.rules.SecondaryArtifactIdentifierRule;
import dev.codestages.buildspec.rules.SecretsManagerReferenceRule;
import dev.codestages.buildspec.rules.ShellSpellingRule;
import dev.codestages.buildspec.rules.SkeletonPlaceholderRule;
import dev.codestages.buildspec.rules.TooManyReportGroupsRule;
import dev.codestages.buildspec.rules.UncheckedScriptRule;
import dev.codestages.buildspec.rules.UnexpandedVariableValueRule;
import dev.codestages.buildspec.rules.UnknownDependencyRule;
import dev.codestages.buildspec.rules.UnknownPhaseRule;
import dev.codestages.buildspec.rules.UnknownRuntimeRule;
import dev.codestages.buildspec.rules.UnknownShellRule;
import dev.codestages.buildspec.rules.VariableDefinedTwiceRule;
import dev.codestages.buildspec.rules.VariableNameRule;
import dev.codestages.buildspec.rules.Version01ShellRule;
import dev.codestages.buildspec.rules.VersionQuotedInBatchRule;
import dev.codestages.bundle.BundleCheck;
import dev.codestages.bundle.rules.AppspecNameRule;
import dev.codestages.bundle.rules.AppspecNotAtRootRule;
import dev.codestages.bundle.rules.AppspecYamlNameRule;
import dev.codestages.bundle.rules.ArtifactsMissAppspecRule;
import dev.codestages.bundle.rules.ArtifactsMissNeedsRule;
import dev.codestages.bundle.rules.LinkLeavesBundleRule;
import dev.codestages.bundle.rules.ScriptCrlfRule;
import dev.codestages.bundle.rules.ScriptMissingRule;
import dev.codestages.bundle.rules.ScriptNotExecutableRule;
import dev.codestages.bundle.rules.ScriptNotFileRule;
import dev.codestages.bundle.rules.ScriptShebangRule;
import dev.codestages.bundle.rules.SourceMissingRule;
import dev.codestages.bundle.rules.UnnameablePathRule;
import dev.codestages.pipeline.PipelineChecker;
import dev.codestages.pipeline.rules.ActionVersionRule;
import dev.codestages.pipeline.rules.ApprovalArtifactsRule;
import dev.codestages.pipeline.rules.ArtifactReferenceRule;
import dev.codestages.pipeline.rules.ArtifactStoreRule;
import dev.codestages.pipeline.rules.BucketNameRule;
import dev.codestages.pipeline.rules.CloneRefConsumerRule;
import dev.codestages.pipeline.rules.CombineArtifactsRule;
import dev.codestages.pipeline.rules.ComputeFieldsRule;
import dev.codestages.pipeline.rules.ComputeWithoutCommandsRule;
import dev.codestages.pipeline.rules.ConfigurationValueRule;
import dev.codestages.pipeline.rules.DuplicateActionNameRule;
import dev.codestages.pipeline.rules.DuplicateInputRule;
import dev.codestages.pipeline.rules.DuplicateOutputRule;
import dev.codestages.pipeline.rules.DuplicateStageNameRule;
import dev.codestages.pipeline.rules.EmptyConfigurationValueRule;
import dev.codestages.pipeline.rules.EmptyStageRule;
import dev.codestages.pipeline.rules.FirstStageRule;
import dev.codestages.pipeline.rules.InputCountRule;
import dev.codestages.pipeline.rules.InputNotProducedRule;
import dev.codestages.pipeline.rules.InvalidEnumValueRule;
import dev.codestages.pipeline.rules.InvalidNameRule;
import dev.codestages.pipeline.rules.CrossRegionStoreRule;
import dev.codestages.pipeline.rules.DeploymentConfigUnknownRule;
import dev.codestages.pipeline.rules.MinimumHealthyHostsRule;
import dev.codestages.pipeline.rules.TrafficWithoutLoadBalancerRule;
import dev.codestages.pipeline.rules.DuplicatePipelineNameRule;
import dev.codestages.pipeline.rules.JsonSettingRule;
import dev.codestages.pipeline.rules.MetadataRule;
import dev.codestages.pipeline.rules.MissingConfigurationRule;
import dev.codestages.pipeline.rules.MissingKeyRule;
import dev.codestages.pipeline.rules.NamespaceRule;
import dev.codestages.pipeline.rules.NoPipelineRule;
import dev.codestages.pipeline.rules.OutputCountRule;
import dev.codestages.pipeline.rules.PipelineUnknownKeyRule;
import dev.codestages.pipeline.rules.PipelineWrongTypeRule;
import dev.codestages.pipeline.rules.ProductionWithoutApprovalRule;
import dev.codestages.pipeline.rules.ProviderMismatchRule;
import dev.codestages.pipeline.rules.RoleArnRule;
import dev.codestages.pipeline.rules.RunOrderRangeRule;
import dev.codestages.pipeline.rules.SourceOutsideFirstStageRule;
import dev.codestages.pipeline.rules.TooFewStagesRule;
import dev.codestages.pipeline.rules.UnknownConfigurationKeyRule;
import dev.codestages.pipeline.rules.UnknownProviderRule;
import dev.codestages.pipeline.rules.VariableReferenceRule;
import dev.codestages.yaml.LoadedYaml;
import dev.codestages.yaml.rules.ByteOrderMarkRule;
import dev.codestages.yaml.rules.CrlfLineEndingsRule;
import dev.codestages.yaml.rules.DuplicateKeyRule;
import dev.codestages.yaml.rules.EmptyFileRule;
import dev.codestages.yaml.rules.InvalidUtf8Rule;
import dev.codestages.yaml.rules.LimitExceededRule;
import dev.codestages.yaml.rules.RootNotMappingRule;
import dev.codestages.yaml.rules.SeveralDocumentsRule;
import dev.codestages.yaml.rules.TabIndentationRule;
import dev.codestages.yaml.rules.UnsupportedTagRule;
import dev.codestages.yaml.rules.YamlSyntaxRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry: every rule, listed here by {@code new} and nowhere else, and the checker that runs each
 * format's rules. Adding a rule means writing its class and adding it to its format's list below. It is
 * the one class in {@code lint} that names the format packages; the CLI, the reports, the docs, the
 * linter configuration and the Jenkins plugin read rules only from here ({@link #all()},
 * {@link #byId}).
 *
 * <p>Each format's list sits in a holder class of its own, made the first time a file of its kind is
 * checked: a lint of buildspecs never loads an appspec or pipeline rule class, a fifth of a one-file
 * lint's start-up (docs/performance.md; src/test/sh/jar-test.sh checks it).
 */
public final class Rules {

    /** Id prefixes in listing order. */
    private static final List<String> GROUPS = List.of("YAML", "BS", "AS", "BN", "PL");

    private Rules() {
    }

    // One holder class per format: the JVM initializes a class on first use, once, thread-safely.
    // The YAML rules are made only when a file has a reading problem: most files have none.
    private static final class YamlRulesHolder {
        static final ModelRuleSet<LoadedYaml> RULES = new ModelRuleSet<>(List.of(
                new YamlSyntaxRule(),
                new DuplicateKeyRule(),
                new TabIndentationRule(),
                new ByteOrderMarkRule(),
                new InvalidUtf8Rule(),
                new EmptyFileRule(),
                new SeveralDocumentsRule(),
                new RootNotMappingRule(),
                new LimitExceededRule(),
                new CrlfLineEndingsRule(),
                new UnsupportedTagRule()));
    }

    private static final class BuildspecRulesHolder {
        static final SpecChecker CHECKER = new BuildspecChecker(List.of(
                new BuildspecVersionMissingRule(),
                new BuildspecVersionValueRule(),
                new BuildspecVersionQuotedRule(),
                new VersionQuotedInBatchRule(),
                new PhasesMissingRule(),
                new UnknownPhaseRule(),
                new BuildspecUnknownKeyRule(),
                new BuildspecWrongTypeRule(),
                new CommandIsMappingRule(),
                new NullListItemRule(),
                new BuildspecEmptyValueRule(),
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
                new ImageReferenceRule()));
    }

    private static final class AppspecRulesHolder {
        static final SpecChecker CHECKER = new AppspecChecker(List.of(
                new AppspecVersionMissingRule(),
                new AppspecVersionValueRule(),
                new AppspecVersionQuotedRule(),
                new OsMissingRule(),
                new OsValueRule(),
                new AppspecUnknownKeyRule(),
                new OverwriteKeyRule(),
                new HookCommandsRule(),
                new AppspecWrongTypeRule(),
                new AppspecEmptyValueRule(),
                new UnknownEventRule(),
                new ReservedEventRule(),
                new EmptyEventRule(),
                new ScriptLocationMissingRule(),
                new TimeoutInvalidRule(),
                new TimeoutNotIntegerRule(),
                new TimeoutLimitRule(),
                new RunasOnWindowsRule(),
                new LocationNotAFileRule(),
                new PathLeavesBundleRule(),
                new ValidateServiceMissingRule(),
                new FileEntryIncompleteRule(),
                new DestinationNotAbsoluteRule(),
                new FileExistsBehaviorRule(),
                new PermissionsOnWindowsRule(),
                new PermissionObjectMissingRule(),
                new ModeOctalRule(),
                new ModeInvalidRule(),
                new PermissionTypeRule(),
                new AclEntryRule(),
                new ContextTypeMissingRule(),
                new ContextUserRule(),
                new PermissionMatchesNothingRule(),
                new PermissionPatternRule(),
                new VersionUndocumentedRule(),
                new ContextRangeRule(),
                new PermissionOverlapRule(),
                new SudoValueRule(),
                new LambdaFunctionCountRule(),
                new LambdaPropertyMissingRule(),
                new LambdaVersionRule(),
                new LambdaSameVersionRule(),
                new ResourceTypeRule(),
                new HookEventNotAllowedRule(),
                new HookFunctionMissingRule(),
                new EcsTargetServiceRule(),
                new EcsTaskDefinitionMissingRule(),
                new EcsTaskDefinitionValueRule(),
                new EcsLoadBalancerInfoRule(),
                new EcsContainerPortRule(),
                new EcsNetworkConfigurationRule(),
                new EcsPlatformVersionRule(),
                new EcsCapacityProviderRule()));
    }

    private static final class PipelineRulesHolder {
        static final SpecChecker CHECKER = new PipelineChecker(List.of(
                new PipelineUnknownKeyRule(),
                new MissingKeyRule(),
                new PipelineWrongTypeRule(),
                new NoPipelineRule(),
                new ArtifactStoreRule(),
                new TooFewStagesRule(),
                new FirstStageRule(),
                new SourceOutsideFirstStageRule(),
                new DuplicateStageNameRule(),
                new DuplicateActionNameRule(),
                new InvalidNameRule(),
                new InvalidEnumValueRule(),
                new ProviderMismatchRule(),
                new UnknownProviderRule(),
                new ActionVersionRule(),
                new InputCountRule(),
                new OutputCountRule(),
                new InputNotProducedRule(),
                new DuplicateOutputRule(),
                new MissingConfigurationRule(),
                new ApprovalArtifactsRule(),
                new RunOrderRangeRule(),
                new ProductionWithoutApprovalRule(),
                new DuplicateInputRule(),
                new NamespaceRule(),
                new ArtifactReferenceRule(),
                new ConfigurationValueRule(),
                new EmptyConfigurationValueRule(),
                new UnknownConfigurationKeyRule(),
                new ComputeFieldsRule(),
                new ComputeWithoutCommandsRule(),
                new RoleArnRule(),
                new BucketNameRule(),
                new MetadataRule(),
                new EmptyStageRule(),
                new VariableReferenceRule(),
                new CombineArtifactsRule(),
                new CloneRefConsumerRule(),
                new JsonSettingRule(),
                new CrossRegionStoreRule(),
                new DuplicatePipelineNameRule(),
                new DeploymentConfigUnknownRule(),
                new TrafficWithoutLoadBalancerRule(),
                new MinimumHealthyHostsRule()));
    }

    private static final class CrossFileChecksHolder {
        static final List<CrossFileCheck> CROSS_CHECKS = List.of(new BundleCheck(
                List.of(
                        new ScriptMissingRule(),
                        new ScriptNotFileRule(),
                        new LinkLeavesBundleRule(),
                        new ScriptNotExecutableRule(),
                        new ScriptShebangRule(),
                        new ScriptCrlfRule(),
                        new AppspecNameRule(),
                        new AppspecYamlNameRule(),
                        new AppspecNotAtRootRule(),
                        new UnnameablePathRule()),
                List.of(
                        new SourceMissingRule(),
                        new ArtifactsMissAppspecRule(),
                        new ArtifactsMissNeedsRule())));
    }

    private static final class AllRules {
        static final List<Rule> ALL = collect();
        static final Map<String, Rule> BY_ID = byId(ALL);
    }

    private static List<Rule> collect() {
        List<Rule> rules = new ArrayList<>(YamlRulesHolder.RULES.rules());
        rules.add(new ReviewRule(ReviewRuleDocs.UNUSED_SUPPRESSION));
        rules.add(new ReviewRule(ReviewRuleDocs.TEMPLATE));
        rules.add(new ReviewRule(ReviewRuleDocs.PLACEHOLDER));
        rules.add(new ReviewRule(ReviewRuleDocs.UNKNOWN_KIND));
        rules.add(new ReviewRule(ReviewRuleDocs.AWS_EXAMPLE));
        for (FileKind kind : FileKind.values()) {
            SpecChecker checker = checkerFor(kind);
            if (checker != null) {
                rules.addAll(checker.rules());
            }
        }
        for (CrossFileCheck check : CrossFileChecksHolder.CROSS_CHECKS) {
            rules.addAll(check.rules());
        }
        rules.sort(Comparator.comparing(Rules::order));
        return List.copyOf(rules);
    }

    private static Map<String, Rule> byId(List<Rule> rules) {
        Map<String, Rule> byId = new HashMap<>();
        for (Rule rule : rules) {
            if (byId.put(rule.id(), rule) != null) {
                throw new IllegalStateException("two rules with the id " + rule.id());
            }
        }
        return Map.copyOf(byId);
    }

    /** YAML rules first, then buildspec, appspec, bundle, pipeline; by number inside each. */
    private static String order(Rule rule) {
        String id = rule.id();
        int digits = 0;
        while (digits < id.length() && !Character.isDigit(id.charAt(digits))) {
            digits++;
        }
        String prefix = id.substring(0, digits);
        int group = GROUPS.indexOf(prefix);
        return group + id.substring(digits);
    }

    public static List<Rule> all() {
        return AllRules.ALL;
    }

    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(AllRules.BY_ID.get(id));
    }

    /** The documentation of every rule, by id, for reports that describe the rules they use. */
    public static Map<String, RuleInfo> infos() {
        Map<String, RuleInfo> infos = new HashMap<>();
        for (Rule rule : AllRules.ALL) {
            infos.put(rule.id(), rule.info());
        }
        return Map.copyOf(infos);
    }

    /** One session of every cross-file check, for one lint run. */
    static List<CrossFileCheck.Session> startCrossChecks(LintOptions options, List<MemoryFile> memory) {
        List<CrossFileCheck.Session> sessions = new ArrayList<>(CrossFileChecksHolder.CROSS_CHECKS.size());
        for (CrossFileCheck check : CrossFileChecksHolder.CROSS_CHECKS) {
            sessions.add(check.start(options, memory));
        }
        return sessions;
    }

    /**
     * Reports the problems the YAML loader found in {@code yaml} ({@code YAML###}), before the file's format
     * is known: the YAML rules' findings go to {@code out}.
     */
    public static void checkReading(LoadedYaml yaml, FindingCollector out) {
        if (!yaml.problems().isEmpty()) {
            YamlRulesHolder.RULES.check(yaml, out);
        }
    }

    /** The checker for files of {@code kind}, with its rules; null for a kind no checker reads. */
    public static SpecChecker checkerFor(FileKind kind) {
        return switch (kind) {
            case BUILDSPEC -> BuildspecRulesHolder.CHECKER;
            case APPSPEC -> AppspecRulesHolder.CHECKER;
            case PIPELINE -> PipelineRulesHolder.CHECKER;
            case UNKNOWN -> null;
        };
    }
}
