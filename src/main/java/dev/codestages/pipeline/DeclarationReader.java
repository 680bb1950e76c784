package dev.codestages.pipeline;

import dev.codestages.yaml.Position;
import dev.codestages.yaml.ScalarType;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The walk shared by the readers of a pipeline declaration: the CodePipeline API structure
 * ({@link PipelineStructureReader}) and the CloudFormation resource ({@link CloudFormationReader}) have
 * the same tree of pipeline, stages, actions, artifacts and stores. What differs is each format's own:
 * key case (camelCase vs PascalCase), whether scalars are converted (CloudFormation) or must be strings
 * (the API), deploy-time values (CloudFormation intrinsics), the top-level keys and the shape of
 * {@code artifactStores}; a subclass gives those. Problems go to the list given, as {@link ReadProblem}s
 * that the {@code PL001}-{@code PL005} rules report; the model keeps whatever could be read.
 */
abstract class DeclarationReader {

    /** The keys of a pipeline declaration in the API, camelCase. */
    static final Set<String> API_PIPELINE_KEYS = PipelineShape.keys(PipelineShape.PIPELINE);
    private static final Set<String> STAGE_KEYS = PipelineShape.keys(PipelineShape.STAGE);
    private static final Set<String> ACTION_KEYS = PipelineShape.keys(PipelineShape.ACTION);
    private static final Set<String> TYPE_KEYS = PipelineShape.keys(PipelineShape.ACTION_TYPE);
    private static final Set<String> STORE_KEYS = PipelineShape.keys(PipelineShape.ARTIFACT_STORE);

    private final Origin origin;
    private final ReadProblems problems;

    DeclarationReader(Origin origin, List<ReadProblem> problems) {
        this.origin = origin;
        this.problems = new ReadProblems(problems, this::key, this::caseHint);
    }

    // ---- what each format says for itself ----

    /** The key as this format spells it: {@code roleArn} in the API, {@code RoleArn} in CloudFormation. */
    abstract String key(String camel);

    /** The keys a pipeline declaration may have, spelled as this format spells them. */
    abstract Set<String> pipelineKeys();

    /** The pipeline's name: required by the API, optional in CloudFormation (the stack names it). */
    abstract Value pipelineName(YamlMapping node, String where);

    /** Reads the keys only this format has, after the stages (the API's {@code version}). */
    abstract void readOwnKeys(YamlMapping node, String where);

    /** Reads {@code artifactStores}, whose shape differs: a map by Region (API), a list of entries (CloudFormation). */
    abstract void readStoreMap(YamlNode several, String where, List<ArtifactStore> stores);

    /** True when the node is a value decided at deploy time (a CloudFormation intrinsic). */
    abstract boolean isDeployTime(YamlNode node);

    /** The value of a deploy-time node: resolved when the file fixes it, else a reference. */
    abstract Value deployTimeValue(YamlNode node);

    /** True when any scalar is taken where a string or number is wanted (CloudFormation converts; the API does not). */
    abstract boolean convertsScalars();

    /** The hint for a key written in the wrong case. */
    abstract String caseHint(String candidate);

    // ---- the shared tree ----

    Set<String> keys(Set<String> camel) {
        Set<String> spelled = new java.util.HashSet<>();
        camel.forEach(k -> spelled.add(key(k)));
        return spelled;
    }

    Pipeline pipeline(YamlMapping node, String where) {
        checkKeys(node, pipelineKeys(), where);
        Value name = pipelineName(node, where);
        Value roleArn = requiredString(node, "roleArn", where);
        List<ArtifactStore> stores = artifactStores(node, where);
        List<Stage> stages = new ArrayList<>();
        boolean complete = true;
        YamlNode stageList = value(node, "stages");
        if (stageList == null) {
            missing(node, "stages", where);
            complete = false;
        } else {
            List<YamlNode> items = list(stageList, "stages", where);
            complete = items != null;
            for (YamlNode item : items == null ? List.<YamlNode>of() : items) {
                if (isDeployTime(item)) {
                    complete = false;
                } else if (item instanceof YamlMapping stage) {
                    stages.add(stage(stage));
                } else {
                    wrongType(item, "a stage", "a mapping with '" + key("name") + "' and '" + key("actions") + "'");
                }
            }
        }
        readOwnKeys(node, where);
        return new Pipeline(origin, name, roleArn, stores, stages, optionalString(node, "pipelineType", where),
                optionalString(node, "executionMode", where), variables(node, where), node.start(), complete);
    }

    /** The pipeline-level variables of a V2 pipeline: name, default value, description. */
    private List<PipelineVariable> variables(YamlMapping pipeline, String where) {
        YamlNode node = value(pipeline, "variables");
        if (node == null) {
            return List.of();
        }
        List<YamlNode> items = list(node, "variables", where);
        List<PipelineVariable> variables = new ArrayList<>();
        String itemWhere = "a variable of " + where;
        for (YamlNode item : items == null ? List.<YamlNode>of() : items) {
            if (isDeployTime(item)) {
                continue;
            }
            if (!(item instanceof YamlMapping variable)) {
                wrongType(item, itemWhere, "a mapping with '" + key("name") + "'");
                continue;
            }
            checkKeys(variable, keys(PipelineShape.keys(PipelineShape.VARIABLE)), itemWhere);
            variables.add(new PipelineVariable(requiredString(variable, "name", itemWhere),
                    optionalString(variable, "defaultValue", itemWhere),
                    optionalString(variable, "description", itemWhere), variable.start()));
        }
        return variables;
    }

    private List<ArtifactStore> artifactStores(YamlMapping node, String where) {
        YamlNode single = value(node, "artifactStore");
        YamlNode several = value(node, "artifactStores");
        List<ArtifactStore> stores = new ArrayList<>();
        if (single == null && several == null) {
            problem(ReadProblem.Kind.ARTIFACT_STORE, node.start(),
                    where + " has no '" + key("artifactStore") + "'; CodePipeline needs a bucket for its artifacts",
                    "add " + key("artifactStore") + " with " + key("type") + ": S3 and " + key("location")
                            + ": <bucket>");
        } else if (single != null && several != null) {
            YamlEntry second = node.entry(key("artifactStores")).orElseThrow();
            problem(ReadProblem.Kind.ARTIFACT_STORE, second.key().start(),
                    where + " has both '" + key("artifactStore") + "' and '" + key("artifactStores")
                            + "'; give exactly one",
                    "use '" + key("artifactStores") + "' only for cross-Region actions");
        }
        if (single != null) {
            YamlMapping store = mapping(single, "artifactStore", where);
            Position at = single.start();
            stores.add(store == null ? unknownStore(at) : store(store, Value.absent(at), "'" + key("artifactStore") + "'"));
        }
        if (several != null) {
            readStoreMap(several, where, stores);
        }
        return stores;
    }

    static ArtifactStore unknownStore(Position at) {
        return new ArtifactStore(Value.absent(at), Value.absent(at), Value.absent(at), Value.absent(at), at);
    }

    ArtifactStore store(YamlMapping node, Value region, String where) {
        checkKeys(node, keys(STORE_KEYS), where);
        Value type = requiredString(node, "type", where);
        Value location = requiredString(node, "location", where);
        Value key = Value.absent(node.start());
        YamlNode encryption = value(node, "encryptionKey");
        if (encryption != null) {
            YamlMapping encryptionKey = mapping(encryption, "encryptionKey", where);
            if (encryptionKey != null) {
                String keyWhere = "'" + key("encryptionKey") + "'";
                checkKeys(encryptionKey, keys(PipelineShape.keys(PipelineShape.ENCRYPTION_KEY)), keyWhere);
                key = requiredString(encryptionKey, "id", keyWhere);
                requiredString(encryptionKey, "type", keyWhere);
            }
        }
        return new ArtifactStore(region, type, location, key, node.start());
    }

    private Stage stage(YamlMapping node) {
        Value name = requiredString(node, "name", "a stage");
        String where = name.isPresent() ? "stage " + name.quoted() : "a stage";
        checkKeys(node, keys(STAGE_KEYS), where);
        List<Action> actions = new ArrayList<>();
        boolean complete = true;
        YamlNode actionList = value(node, "actions");
        if (actionList == null) {
            missing(node, "actions", where);
            complete = false;
        } else {
            List<YamlNode> items = list(actionList, "actions", where);
            complete = items != null;
            for (YamlNode item : items == null ? List.<YamlNode>of() : items) {
                if (isDeployTime(item)) {
                    complete = false;
                } else if (item instanceof YamlMapping action) {
                    actions.add(action(action, where));
                } else {
                    wrongType(item, "an action of " + where, "a mapping with '" + key("name") + "' and '"
                            + key("actionTypeId") + "'");
                }
            }
        }
        return new Stage(name, actions, node.start(), complete);
    }

    private Action action(YamlMapping node, String stageWhere) {
        Value name = requiredString(node, "name", "an action of " + stageWhere);
        String where = name.isPresent() ? "action " + name.quoted() : "an action of " + stageWhere;
        checkKeys(node, keys(ACTION_KEYS), where);
        Value category = Value.absent(node.start());
        Value owner = category;
        Value provider = category;
        Value version = category;
        YamlNode typeNode = value(node, "actionTypeId");
        if (typeNode == null) {
            missing(node, "actionTypeId", where);
        } else {
            YamlMapping type = mapping(typeNode, "actionTypeId", where);
            if (type != null) {
                String typeWhere = "'" + key("actionTypeId") + "' of " + where;
                checkKeys(type, keys(TYPE_KEYS), typeWhere);
                category = requiredString(type, "category", typeWhere);
                owner = requiredString(type, "owner", typeWhere);
                provider = requiredString(type, "provider", typeWhere);
                version = requiredString(type, "version", typeWhere);
            } else if (isDeployTime(typeNode)) {
                category = owner = provider = version = deployTimeValue(typeNode);
            }
        }
        return new Action(name, category, owner, provider, version, optionalInteger(node, "runOrder", where),
                configuration(node, where), artifacts(node, "inputArtifacts", where, false),
                artifacts(node, "outputArtifacts", where, true), optionalString(node, "region", where),
                optionalString(node, "namespace", where), optionalString(node, "roleArn", where),
                optionalInteger(node, "timeoutInMinutes", where), strings(node, "commands", where),
                strings(node, "outputVariables", where), environment(node, where), node.start());
    }

    private Configuration configuration(YamlMapping action, String where) {
        YamlNode node = value(action, "configuration");
        if (node == null) {
            return Configuration.empty(action.start());
        }
        if (isDeployTime(node)) {
            return new Configuration(List.of(), node.start(), false);
        }
        YamlMapping mapping = mapping(node, "configuration", where);
        if (mapping == null) {
            return new Configuration(List.of(), node.start(), !(node instanceof YamlScalar s && !s.isNull()));
        }
        List<Configuration.Setting> settings = new ArrayList<>();
        for (YamlEntry entry : mapping.entries()) {
            Value key = Value.literal(entry.keyText(), entry.key().start());
            settings.add(new Configuration.Setting(key, settingValue(entry, where)));
        }
        return new Configuration(settings, mapping.start(), true);
    }

    private Value settingValue(YamlEntry entry, String where) {
        YamlNode value = entry.value();
        String what = "configuration value '" + entry.keyText() + "' of " + where;
        if (isDeployTime(value)) {
            return deployTimeValue(value);
        }
        if (value instanceof YamlScalar scalar) {
            if (scalar.isNull()) {
                problem(ReadProblem.Kind.WRONG_TYPE, entry.key().start(), what + " is empty (null); CodePipeline needs a string",
                        "give it a value, or remove the key");
                return Value.absent(value.start());
            }
            if (!convertsScalars() && scalar.type() != ScalarType.STRING) {
                problem(ReadProblem.Kind.WRONG_TYPE, value.start(), what + " is " + scalar.describe()
                        + "; every configuration value must be a string", "quote it: \"" + scalar.value() + "\"");
            }
            return Value.literal(scalar.value(), value.start());
        }
        problem(ReadProblem.Kind.WRONG_TYPE, value.start(), what + " is " + value.describe()
                + "; every configuration value must be a string",
                "write structured values (JSON) as one string");
        return Value.absent(value.start());
    }

    private List<Artifact> artifacts(YamlMapping action, String field, String where, boolean outputs) {
        YamlNode node = value(action, field);
        if (node == null) {
            return List.of();
        }
        List<YamlNode> items = list(node, field, where);
        List<Artifact> artifacts = new ArrayList<>();
        String itemWhere = (outputs ? "an output artifact of " : "an input artifact of ") + where;
        for (YamlNode item : items == null ? List.<YamlNode>of() : items) {
            if (isDeployTime(item)) {
                continue;
            }
            if (!(item instanceof YamlMapping artifact)) {
                wrongType(item, itemWhere, "a mapping with '" + key("name") + "'");
                continue;
            }
            checkKeys(artifact, keys(PipelineShape.keys(outputs ? PipelineShape.OUTPUT_ARTIFACT : PipelineShape.INPUT_ARTIFACT)), itemWhere);
            Value name = requiredString(artifact, "name", itemWhere);
            artifacts.add(new Artifact(name, outputs ? strings(artifact, "files", itemWhere) : List.of(),
                    artifact.start()));
        }
        return artifacts;
    }

    private List<Configuration.Setting> environment(YamlMapping action, String where) {
        YamlNode node = value(action, "environmentVariables");
        if (node == null) {
            return List.of();
        }
        List<YamlNode> items = list(node, "environmentVariables", where);
        List<Configuration.Setting> variables = new ArrayList<>();
        for (YamlNode item : items == null ? List.<YamlNode>of() : items) {
            if (item instanceof YamlMapping variable && !isDeployTime(item)) {
                String itemWhere = "an environment variable of " + where;
                checkKeys(variable, keys(PipelineShape.keys(PipelineShape.ENVIRONMENT_VARIABLE)), itemWhere);
                variables.add(new Configuration.Setting(requiredString(variable, "name", itemWhere),
                        requiredString(variable, "value", itemWhere)));
            } else if (!isDeployTime(item)) {
                wrongType(item, "an environment variable of " + where, "a mapping with '" + key("name") + "' and '"
                        + key("value") + "'");
            }
        }
        return variables;
    }

    private List<Value> strings(YamlMapping parent, String field, String where) {
        YamlNode node = value(parent, field);
        if (node == null) {
            return List.of();
        }
        List<YamlNode> items = list(node, field, where);
        List<Value> values = new ArrayList<>();
        for (YamlNode item : items == null ? List.<YamlNode>of() : items) {
            Value value = string(item, "an item of '" + key(field) + "' of " + where);
            if (value.isPresent()) {
                values.add(value);
            }
        }
        return values;
    }

    // ---- scalars, lists and mappings, with the problems they can have ----

    /** The value under a field, remembering the key's position when the value is empty. */
    YamlNode value(YamlMapping parent, String field) {
        Optional<YamlEntry> entry = parent.entry(key(field));
        entry.filter(e -> e.value() instanceof YamlScalar scalar && scalar.isNull())
                .ifPresent(e -> problems.emptyValueAt(e.value(), e.key().start()));
        return entry.map(YamlEntry::value).orElse(null);
    }

    /** Where to report a problem with a value: its key when the value is empty. */
    private Position at(YamlNode node) {
        return problems.at(node);
    }

    Value requiredString(YamlMapping parent, String field, String where) {
        YamlNode node = value(parent, field);
        if (node == null) {
            missing(parent, field, where);
            return Value.absent(parent.start());
        }
        return string(node, "'" + key(field) + "' of " + where);
    }

    Value optionalString(YamlMapping parent, String field, String where) {
        YamlNode node = value(parent, field);
        return node == null ? Value.absent(parent.start()) : string(node, "'" + key(field) + "' of " + where);
    }

    private Value string(YamlNode node, String what) {
        if (isDeployTime(node)) {
            return deployTimeValue(node);
        }
        if (node instanceof YamlScalar scalar) {
            if (scalar.isNull()) {
                problem(ReadProblem.Kind.WRONG_TYPE, at(node), what + " is empty; a string is expected",
                        "give it a value, or remove the key");
                return Value.absent(node.start());
            }
            if (!convertsScalars() && scalar.type() != ScalarType.STRING) {
                problem(ReadProblem.Kind.WRONG_TYPE, node.start(), what + " is " + scalar.describe()
                        + "; the CodePipeline API expects a string here", "quote it: \"" + scalar.value() + "\"");
            }
            return Value.literal(scalar.value(), node.start());
        }
        wrongType(node, what, "a string");
        return Value.absent(node.start());
    }

    Value optionalInteger(YamlMapping parent, String field, String where) {
        YamlNode node = value(parent, field);
        if (node == null) {
            return Value.absent(parent.start());
        }
        String what = "'" + key(field) + "' of " + where;
        if (isDeployTime(node)) {
            return deployTimeValue(node);
        }
        if (node instanceof YamlScalar scalar && !scalar.isNull()) {
            boolean integer = scalar.type() == ScalarType.INTEGER
                    || convertsScalars() && scalar.value().trim().matches("[+-]?\\d+");
            if (!integer) {
                String hint = scalar.value().trim().matches("[+-]?\\d+") ? "write it without quotes: " + key(field)
                        + ": " + scalar.value().trim() : null;
                problem(ReadProblem.Kind.WRONG_TYPE, node.start(), what + " is " + scalar.describe() + " ("
                        + scalar.quoted() + "); a whole number is expected", hint);
            }
            return Value.literal(scalar.value(), node.start());
        }
        wrongType(node, what, "a whole number");
        return Value.absent(node.start());
    }

    /** The items of a list; null when they are not known: a deploy-time value, or not a list (reported). */
    List<YamlNode> list(YamlNode node, String field, String where) {
        if (isDeployTime(node)) {
            return null;
        }
        if (node instanceof YamlSequence sequence) {
            return sequence.items();
        }
        wrongType(node, "'" + key(field) + "' of " + where, "a list");
        return null;
    }

    /** The mapping; null when it is a deploy-time value (or not a mapping: reported). */
    YamlMapping mapping(YamlNode node, String field, String where) {
        if (isDeployTime(node)) {
            return null;
        }
        if (node instanceof YamlMapping mapping) {
            return mapping;
        }
        wrongType(node, "'" + key(field) + "' of " + where, "a mapping");
        return null;
    }

    private void wrongType(YamlNode node, String what, String expected) {
        problems.wrongType(node, what, expected);
    }

    void missing(YamlMapping parent, String field, String where) {
        problems.missing(parent, field, where);
    }

    void checkKeys(YamlMapping node, Set<String> known, String where) {
        problems.unknownKeys(node, known, where);
    }

    void problem(ReadProblem.Kind kind, Position at, String message, String hint) {
        problems.add(kind, at, message, hint);
    }
}
