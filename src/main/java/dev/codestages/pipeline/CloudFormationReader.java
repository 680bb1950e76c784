package dev.codestages.pipeline;

import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every {@code AWS::CodePipeline::Pipeline} resource of a CloudFormation template, YAML or JSON.
 * Property names are the PascalCase twins of the API's; intrinsic functions ({@code !Ref},
 * {@code !Sub}, {@code !GetAtt}, {@code !If}, {@code Fn::*}) are read as deploy-time values
 * ({@link Value.Kind#REFERENCE}), and an {@code Fn::If} in place of a stage or action marks its list as
 * incomplete. Other resources are not read.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codepipeline-pipeline.html">AWS::CodePipeline::Pipeline</a>
 */
public final class CloudFormationReader {

    public static final String RESOURCE_TYPE = "AWS::CodePipeline::Pipeline";

    private CloudFormationReader() {
    }

    /** True when the root looks like a CloudFormation template. */
    public static boolean accepts(YamlMapping root) {
        return root.has("Resources") || root.has("AWSTemplateFormatVersion");
    }

    public static PipelineDocument read(YamlMapping root, String file) {
        List<ReadProblem> problems = new ArrayList<>();
        List<Pipeline> pipelines = new ArrayList<>();
        YamlMapping resources = root.mapping("Resources").orElse(null);
        for (YamlEntry entry : resources == null ? List.<YamlEntry>of() : resources.entries()) {
            if (!(entry.value() instanceof YamlMapping resource) || !isPipeline(resource)) {
                continue;
            }
            String id = entry.keyText();
            DeclarationReader reader = new DeclarationReader(true, new Origin(Origin.Format.CLOUDFORMATION, file, id),
                    problems);
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
        return new PipelineDocument(file, pipelines, problems);
    }

    /** True when a resource mapping is a pipeline. */
    public static boolean isPipeline(YamlMapping resource) {
        return resource.get("Type") instanceof YamlScalar type && type.value().equals(RESOURCE_TYPE);
    }
}
