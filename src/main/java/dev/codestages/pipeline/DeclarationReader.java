package dev.codestages.pipeline;

import dev.codestages.lint.DidYouMean;
import dev.codestages.yaml.Position;
import dev.codestages.yaml.ScalarType;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one pipeline declaration into the model. The CodePipeline API structure and the CloudFormation
 * resource have the same tree; they differ in key case (camelCase vs PascalCase), in how strict they are
 * about scalar types (the API takes only JSON strings where it wants strings; CloudFormation converts),
 * in intrinsic functions (CloudFormation only) and in the shape of {@code artifactStores}. Problems go to
 * the list given; the model keeps whatever could be read.
 */
final class DeclarationReader {

    private static final Set<String> API_PIPELINE_KEYS = Set.of("name", "roleArn", "artifactStore", "artifactStores",
            "stages", "version", "executionMode", "pipelineType", "variables", "triggers");
    private static final Set<String> CFN_ONLY_PIPELINE_KEYS = Set.of("RestartExecutionOnUpdate",
            "DisableInboundStageTransitions", "Tags");
    private static final Set<String> STAGE_KEYS = Set.of("name", "actions", "blockers", "beforeEntry", "onSuccess",
            "onFailure");
    private static final Set<String> ACTION_KEYS = Set.of("name", "actionTypeId", "runOrder", "configuration",
            "inputArtifacts", "outputArtifacts", "roleArn", "region", "namespace", "timeoutInMinutes", "commands",
            "outputVariables", "environmentVariables");
    private static final Set<String> TYPE_KEYS = Set.of("category", "owner", "provider", "version");
    private static final Set<String> STORE_KEYS = Set.of("type", "location", "encryptionKey");

    private final boolean cloudFormation;
    private final Origin origin;
    private final List<ReadProblem> problems;
    /** For empty (null) values: where their key is, which is where a person looks for the mistake. */
    private final Map<YamlNode, Position> emptyValueKeys = new IdentityHashMap<>();

    DeclarationReader(boolean cloudFormation, Origin origin, List<ReadProblem> problems) {
        this.cloudFormation = cloudFormation;
        this.origin = origin;
        this.problems = problems;
    }

    /** The key as this format spells it: {@code roleArn} in the API, {@code RoleArn} in CloudFormation. */
    String key(String camel) {
        return cloudFormation ? Character.toUpperCase(camel.charAt(0)) + camel.substring(1) : camel;
    }

    private Set<String> keys(Set<String> camel) {
        Set<String> spelled = new java.util.HashSet<>();
        camel.forEach(k -> spelled.add(key(k)));
        return spelled;
    }

    Pipeline pipeline(YamlMapping node, String where) {
        Set<String> known = keys(API_PIPELINE_KEYS);
        if (cloudFormation) {
            known.addAll(CFN_ONLY_PIPELINE_KEYS);
            known.remove("Version");
        }
        checkKeys(node, known, where);
        Value name = cloudFormation ? optionalString(node, "name", where) : requiredString(node, "name", where);
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
                if (cloudFormation && Intrinsics.isIntrinsic(item)) {
                    complete = false;
                } else if (item instanceof YamlMapping stage) {
                    stages.add(stage(stage));
                } else {
                    wrongType(item, "a stage", "a mapping with '" + key("name") + "' and '" + key("actions") + "'");
                }
            }
        }
        if (!cloudFormation) {
            optionalInteger(node, "version", where);
        }
        return new Pipeline(origin, name, roleArn, stores, stages, optionalString(node, "pipelineType", where),
                optionalString(node, "executionMode", where), node.start(), complete);
    }

    private List<ArtifactStore> artifactStores(YamlMapping node, String where) {
        YamlNode single = value(node, "artifactStore");
        YamlNode several = value(node, "artifactStores");
        List<ArtifactStore> stores = new ArrayList<>();
        if (single == null && several == null) {
            problems.add(new ReadProblem(ReadProblem.Kind.ARTIFACT_STORE, node.start(),
                    where + " has no '" + key("artifactStore") + "'; CodePipeline needs a bucket for its artifacts",
                    "add " + key("artifactStore") + " with " + key("type") + ": S3 and " + key("location")
                            + ": <bucket>"));
        } else if (single != null && several != null) {
            YamlEntry second = node.entry(key("artifactStores")).orElseThrow();
            problems.add(new ReadProblem(ReadProblem.Kind.ARTIFACT_STORE, second.key().start(),
                    where + " has both '" + key("artifactStore") + "' and '" + key("artifactStores")
                            + "'; give exactly one",
                    "use '" + key("artifactStores") + "' only for cross-Region actions"));
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

    private void readStoreMap(YamlNode several, String where, List<ArtifactStore> stores) {
        if (cloudFormation) {
            List<YamlNode> items = list(several, "artifactStores", where);
            for (YamlNode item : items == null ? List.<YamlNode>of() : items) {
                if (!(item instanceof YamlMapping entry) || Intrinsics.isIntrinsic(item)) {
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
            return;
        }
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

    private static ArtifactStore unknownStore(Position at) {
        return new ArtifactStore(Value.absent(at), Value.absent(at), Value.absent(at), Value.absent(at), at);
    }

    private ArtifactStore store(YamlMapping node, Value region, String where) {
        checkKeys(node, keys(STORE_KEYS), where);
        Value type = requiredString(node, "type", where);
        Value location = requiredString(node, "location", where);
        Value key = Value.absent(node.start());
        YamlNode encryption = value(node, "encryptionKey");
        if (encryption != null) {
            YamlMapping encryptionKey = mapping(encryption, "encryptionKey", where);
            if (encryptionKey != null && !Intrinsics.isIntrinsic(encryptionKey)) {
                String keyWhere = "'" + key("encryptionKey") + "'";
                checkKeys(encryptionKey, keys(Set.of("id", "type")), keyWhere);
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
                if (cloudFormation && Intrinsics.isIntrinsic(item)) {
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
            } else if (Intrinsics.isIntrinsic(typeNode)) {
                category = owner = provider = version = Value.reference(Intrinsics.describe(typeNode), typeNode.start());
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
        if (cloudFormation && Intrinsics.isIntrinsic(node)) {
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
        if (cloudFormation && Intrinsics.isIntrinsic(value)) {
            return Value.reference(Intrinsics.describe(value), value.start());
        }
        if (value instanceof YamlScalar scalar) {
            if (scalar.isNull()) {
                problem(ReadProblem.Kind.WRONG_TYPE, entry.key().start(), what + " is empty (null); CodePipeline needs a string",
                        "give it a value, or remove the key");
                return Value.absent(value.start());
            }
            if (!cloudFormation && scalar.type() != ScalarType.STRING) {
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
            if (cloudFormation && Intrinsics.isIntrinsic(item)) {
                continue;
            }
            if (!(item instanceof YamlMapping artifact)) {
                wrongType(item, itemWhere, "a mapping with '" + key("name") + "'");
                continue;
            }
            checkKeys(artifact, outputs ? keys(Set.of("name", "files")) : keys(Set.of("name")), itemWhere);
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
            if (item instanceof YamlMapping variable && !Intrinsics.isIntrinsic(item)) {
                String itemWhere = "an environment variable of " + where;
                checkKeys(variable, keys(Set.of("name", "value", "type")), itemWhere);
                variables.add(new Configuration.Setting(requiredString(variable, "name", itemWhere),
                        requiredString(variable, "value", itemWhere)));
            } else if (!(cloudFormation && Intrinsics.isIntrinsic(item))) {
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
    private YamlNode value(YamlMapping parent, String field) {
        Optional<YamlEntry> entry = parent.entry(key(field));
        entry.filter(e -> e.value() instanceof YamlScalar scalar && scalar.isNull())
                .ifPresent(e -> emptyValueKeys.put(e.value(), e.key().start()));
        return entry.map(YamlEntry::value).orElse(null);
    }

    /** Where to report a problem with a value: its key when the value is empty. */
    private Position at(YamlNode node) {
        return emptyValueKeys.getOrDefault(node, node.start());
    }

    private Value requiredString(YamlMapping parent, String field, String where) {
        YamlNode node = value(parent, field);
        if (node == null) {
            missing(parent, field, where);
            return Value.absent(parent.start());
        }
        return string(node, "'" + key(field) + "' of " + where);
    }

    private Value optionalString(YamlMapping parent, String field, String where) {
        YamlNode node = value(parent, field);
        return node == null ? Value.absent(parent.start()) : string(node, "'" + key(field) + "' of " + where);
    }

    private Value string(YamlNode node, String what) {
        if (cloudFormation && Intrinsics.isIntrinsic(node)) {
            return Value.reference(Intrinsics.describe(node), node.start());
        }
        if (node instanceof YamlScalar scalar) {
            if (scalar.isNull()) {
                problem(ReadProblem.Kind.WRONG_TYPE, at(node), what + " is empty; a string is expected",
                        "give it a value, or remove the key");
                return Value.absent(node.start());
            }
            if (!cloudFormation && scalar.type() != ScalarType.STRING) {
                problem(ReadProblem.Kind.WRONG_TYPE, node.start(), what + " is " + scalar.describe()
                        + "; the CodePipeline API expects a string here", "quote it: \"" + scalar.value() + "\"");
            }
            return Value.literal(scalar.value(), node.start());
        }
        wrongType(node, what, "a string");
        return Value.absent(node.start());
    }

    private Value optionalInteger(YamlMapping parent, String field, String where) {
        YamlNode node = value(parent, field);
        if (node == null) {
            return Value.absent(parent.start());
        }
        String what = "'" + key(field) + "' of " + where;
        if (cloudFormation && Intrinsics.isIntrinsic(node)) {
            return Value.reference(Intrinsics.describe(node), node.start());
        }
        if (node instanceof YamlScalar scalar && !scalar.isNull()) {
            boolean integer = scalar.type() == ScalarType.INTEGER
                    || cloudFormation && scalar.value().trim().matches("[+-]?\\d+");
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
        if (cloudFormation && Intrinsics.isIntrinsic(node)) {
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
        if (cloudFormation && Intrinsics.isIntrinsic(node)) {
            return null;
        }
        if (node instanceof YamlMapping mapping) {
            return mapping;
        }
        wrongType(node, "'" + key(field) + "' of " + where, "a mapping");
        return null;
    }

    private void wrongType(YamlNode node, String what, String expected) {
        String actual = node instanceof YamlScalar scalar && scalar.isNull() ? "empty" : node.describe();
        problem(ReadProblem.Kind.WRONG_TYPE, at(node), what + " is " + actual + "; expected " + expected, null);
    }

    private void missing(YamlMapping parent, String field, String where) {
        problem(ReadProblem.Kind.MISSING_KEY, parent.start(), where + " has no '" + key(field) + "'", null);
    }

    void checkKeys(YamlMapping node, Set<String> known, String where) {
        for (YamlEntry entry : node.entries()) {
            String name = entry.keyText();
            if (!known.contains(name)) {
                problem(ReadProblem.Kind.UNKNOWN_KEY, entry.key().start(), "unknown key '" + name + "' in " + where,
                        unknownKeyHint(name, known));
            }
        }
    }

    private String unknownKeyHint(String name, Set<String> known) {
        for (String candidate : known) {
            if (candidate.equalsIgnoreCase(name)) {
                return cloudFormation ? "CloudFormation spells it '" + candidate + "' (PascalCase)"
                        : "the CodePipeline API spells it '" + candidate + "' (camelCase)";
            }
        }
        String typo = DidYouMean.hint(name, known);
        if (typo != null) {
            return typo;
        }
        String camel = name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
        String place = placeOf(camel);
        if (place != null) {
            return "'" + name + "' belongs " + place + "; check the indentation";
        }
        return "expected one of: " + String.join(", ", known.stream().sorted().toList());
    }

    /** Where a key of the structure belongs, for a key found at the wrong level; null when not ours. */
    private String placeOf(String camel) {
        switch (camel) {
            case "configuration": case "inputArtifacts": case "outputArtifacts": case "runOrder": case "namespace":
            case "region":
                return "to the action, beside '" + key("actionTypeId") + "'";
            case "category": case "owner": case "provider":
                return "inside '" + key("actionTypeId") + "'";
            case "actionTypeId":
                return "to an action";
            case "actions":
                return "to a stage";
            case "stages": case "artifactStore": case "artifactStores": case "pipelineType": case "executionMode":
                return "to the pipeline";
            default:
                return null;
        }
    }

    private void problem(ReadProblem.Kind kind, Position at, String message, String hint) {
        problems.add(new ReadProblem(kind, at, message, hint));
    }
}
