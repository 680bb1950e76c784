package dev.codestages.pipeline;

import dev.codestages.yaml.Position;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the CodePipeline API structure, in JSON or YAML: what {@code aws codepipeline get-pipeline}
 * prints ({@code {"pipeline": ..., "metadata": ...}}), the {@code create-pipeline} input
 * ({@code {"pipeline": ..., "tags": [...]}}), the {@code update-pipeline} input, or the bare
 * declaration that {@code --pipeline file://...} takes. Keys are camelCase, values where a string is
 * wanted must be JSON strings, {@code artifactStores} is a map by Region, and there are no deploy-time
 * values: the tree itself is walked by {@link DeclarationReader}.
 *
 * @see <a href="https://docs.aws.amazon.com/codepipeline/latest/userguide/reference-pipeline-structure.html">Pipeline structure reference</a>
 */
public final class PipelineStructureReader extends DeclarationReader {

    /** Keys of a bare declaration: any one of them makes the root a pipeline declaration. */
    private static final Set<String> DECLARATION_KEYS = Set.of("name", "roleArn", "artifactStore", "artifactStores",
            "stages");

    private PipelineStructureReader(Origin origin, List<ReadProblem> problems) {
        super(origin, problems);
    }

    /** True when the root looks like this format: a {@code pipeline} wrapper or a bare declaration. */
    public static boolean accepts(YamlMapping root) {
        return root.has("pipeline") || DECLARATION_KEYS.stream().anyMatch(root::has);
    }

    public static PipelineDocument read(YamlMapping root, String file) {
        List<ReadProblem> problems = new ArrayList<>();
        Origin origin = new Origin(Origin.Format.STRUCTURE, file, "");
        PipelineStructureReader reader = new PipelineStructureReader(origin, problems);
        List<Pipeline> pipelines = new ArrayList<>();
        if (root.has("pipeline")) {
            reader.checkKeys(root, PipelineShape.keys(PipelineShape.WRAPPED), "the top level");
            root.entry("metadata").ifPresent(metadata -> problems.add(new ReadProblem(ReadProblem.Kind.METADATA,
                    metadata.key().start(),
                    "'metadata' is what get-pipeline prints; create-pipeline and update-pipeline reject it",
                    "delete the 'metadata' block before passing this file to the CLI")));
            YamlNode declaration = root.get("pipeline");
            YamlMapping mapping = reader.mapping(declaration, "pipeline", "the file");
            if (mapping != null) {
                pipelines.add(reader.pipeline(mapping, "the pipeline"));
            }
        } else if (accepts(root)) {
            pipelines.add(reader.pipeline(root, "the pipeline"));
        } else {
            problems.add(new ReadProblem(ReadProblem.Kind.NO_PIPELINE, firstKey(root),
                    "the file holds no pipeline: expected a 'pipeline' mapping, or 'name', 'roleArn',"
                            + " 'artifactStore' and 'stages' at the top level", null));
        }
        return new PipelineDocument(file, pipelines, problems);
    }

    @Override
    String key(String camel) {
        return camel;
    }

    @Override
    Set<String> pipelineKeys() {
        return API_PIPELINE_KEYS;
    }

    @Override
    Value pipelineName(YamlMapping node, String where) {
        return requiredString(node, "name", where);
    }

    @Override
    void readOwnKeys(YamlMapping node, String where) {
        optionalInteger(node, "version", where);
    }

    @Override
    void readStoreMap(YamlNode several, String where, List<ArtifactStore> stores) {
        YamlMapping byRegion = mapping(several, "artifactStores", where);
        if (byRegion != null) {
            for (YamlEntry entry : byRegion.entries()) {
                Value region = Value.literal(entry.keyText(), entry.key().start());
                YamlMapping store = mapping(entry.value(), entry.keyText(), "'artifactStores'");
                if (store != null) {
                    stores.add(store(store, region, "the artifact store of Region " + region.quoted()));
                }
            }
        }
    }

    @Override
    boolean isDeployTime(YamlNode node) {
        return false;
    }

    @Override
    Value deployTimeValue(YamlNode node) {
        throw new IllegalStateException("the CodePipeline API structure has no deploy-time values");
    }

    @Override
    boolean convertsScalars() {
        return false;
    }

    @Override
    String caseHint(String candidate) {
        return "the CodePipeline API spells it '" + candidate + "' (camelCase)";
    }

    static Position firstKey(YamlMapping root) {
        return root.entries().stream().findFirst().map(YamlEntry::key).map(YamlNode::start).orElse(root.start());
    }
}
