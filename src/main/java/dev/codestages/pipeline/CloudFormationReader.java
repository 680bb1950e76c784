package dev.codestages.pipeline;

import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads every {@code AWS::CodePipeline::Pipeline} resource of a CloudFormation template, YAML or JSON.
 * Property names are the PascalCase twins of the API's, scalars are converted to strings, and
 * {@code ArtifactStores} is a list of Region entries. Intrinsic functions ({@code !Ref}, {@code !Sub},
 * {@code !GetAtt}, {@code !If}, {@code Fn::*}) are deploy-time values: {@link Intrinsics} resolves those
 * the template fixes (a parameter's default, a {@code !Join} or {@code !Sub} of such values) and keeps the
 * others as {@link Value.Kind#REFERENCE references}; an intrinsic in place of a stage or action marks its
 * list as incomplete. The tree itself is walked by {@link DeclarationReader}. Other resources are not read.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codepipeline-pipeline.html">AWS::CodePipeline::Pipeline</a>
 */
public final class CloudFormationReader extends DeclarationReader {

    public static final String RESOURCE_TYPE = "AWS::CodePipeline::Pipeline";

    /** Properties of the resource that the API structure does not have. */
    private static final Set<String> OWN_PIPELINE_KEYS = Set.of("RestartExecutionOnUpdate",
            "DisableInboundStageTransitions", "Tags");

    private final Intrinsics intrinsics;

    private CloudFormationReader(Origin origin, List<ReadProblem> problems, Intrinsics intrinsics) {
        super(origin, problems);
        this.intrinsics = intrinsics;
    }

    /** True when the root looks like a CloudFormation template. */
    public static boolean accepts(YamlMapping root) {
        return root.has("Resources") || root.has("AWSTemplateFormatVersion");
    }

    public static PipelineDocument read(YamlMapping root, String file) {
        List<ReadProblem> problems = new ArrayList<>();
        List<Pipeline> pipelines = new ArrayList<>();
        Intrinsics intrinsics = Intrinsics.of(root);
        YamlMapping resources = root.mapping("Resources").orElse(null);
        for (YamlEntry entry : resources == null ? List.<YamlEntry>of() : resources.entries()) {
            if (!(entry.value() instanceof YamlMapping resource) || !isPipeline(resource)) {
                continue;
            }
            String id = entry.keyText();
            CloudFormationReader reader = new CloudFormationReader(new Origin(Origin.Format.CLOUDFORMATION, file, id),
                    problems, intrinsics);
            String where = "resource '" + id + "'";
            if (!resource.has("Properties")) {
                problems.add(new ReadProblem(ReadProblem.Kind.MISSING_KEY, entry.key().start(),
                        where + " has no 'Properties'", null));
                continue;
            }
            YamlMapping properties = reader.mapping(resource.get("Properties"), "properties", where);
            if (properties != null) {
                pipelines.add(reader.pipeline(properties, where));
            }
        }
        if (pipelines.isEmpty() && problems.isEmpty()) {
            problems.add(new ReadProblem(ReadProblem.Kind.NO_PIPELINE, PipelineStructureReader.firstKey(root),
                    "the template has no resource of type '" + RESOURCE_TYPE + "'", null));
        }
        return new PipelineDocument(file, pipelines, problems, CodeDeployResources.read(resources, intrinsics));
    }

    /** True when a resource mapping is a pipeline. */
    public static boolean isPipeline(YamlMapping resource) {
        return resource.get("Type") instanceof YamlScalar type && type.value().equals(RESOURCE_TYPE);
    }

    @Override
    String key(String camel) {
        return Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    }

    @Override
    Set<String> pipelineKeys() {
        Set<String> known = new HashSet<>(keys(API_PIPELINE_KEYS));
        known.addAll(OWN_PIPELINE_KEYS);
        known.remove("Version");
        return known;
    }

    @Override
    Value pipelineName(YamlMapping node, String where) {
        return optionalString(node, "name", where);
    }

    @Override
    void readOwnKeys(YamlMapping node, String where) {
        // RestartExecutionOnUpdate, DisableInboundStageTransitions and Tags do not change what runs
    }

    @Override
    void readStoreMap(YamlNode several, String where, List<ArtifactStore> stores) {
        List<YamlNode> items = list(several, "artifactStores", where);
        for (YamlNode item : items == null ? List.<YamlNode>of() : items) {
            if (!(item instanceof YamlMapping entry) || isDeployTime(item)) {
                continue;
            }
            checkKeys(entry, Set.of("Region", "ArtifactStore"), "an 'ArtifactStores' entry");
            Value region = requiredString(entry, "region", "an 'ArtifactStores' entry");
            YamlNode storeNode = entry.get("ArtifactStore");
            if (storeNode == null) {
                missing(entry, "artifactStore", "an 'ArtifactStores' entry");
                continue;
            }
            YamlMapping store = mapping(storeNode, "artifactStore", "an 'ArtifactStores' entry");
            stores.add(store == null ? unknownStore(storeNode.start())
                    : store(store, region, "the 'ArtifactStore' of Region " + region.quoted()));
        }
    }

    @Override
    boolean isDeployTime(YamlNode node) {
        return Intrinsics.isIntrinsic(node);
    }

    @Override
    Value deployTimeValue(YamlNode node) {
        return intrinsics.value(node);
    }

    @Override
    boolean convertsScalars() {
        return true;
    }

    @Override
    String caseHint(String candidate) {
        return "CloudFormation spells it '" + candidate + "' (PascalCase)";
    }
}
