package dev.codestages.pipeline.rules;

import dev.codestages.pipeline.PipelineRule;
import java.util.List;

/** Every pipeline rule, by id. Adding a rule means adding it here. */
public final class PipelineRules {

    private PipelineRules() {
    }

    public static List<PipelineRule> all() {
        return List.of(
                new UnknownKeyRule(),
                new MissingKeyRule(),
                new WrongTypeRule(),
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
                new DuplicatePipelineNameRule());
    }
}
