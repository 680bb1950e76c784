package dev.codestages.lint;

import dev.codestages.yaml.ScalarType;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Walks a YAML tree once against a {@link Shape} and lists every difference, in document order. */
public final class ShapeChecker {

    private final List<ShapeViolation> violations = new ArrayList<>();

    private ShapeChecker() {
    }

    public static List<ShapeViolation> check(YamlMapping root, Shape.Mapping shape) {
        ShapeChecker checker = new ShapeChecker();
        checker.mapping(root, shape, "", "");
        return List.copyOf(checker.violations);
    }

    private void visit(YamlNode node, Shape shape, String path, String schemaPath) {
        if (shape instanceof Shape.Any) {
            return;
        }
        if (node instanceof YamlScalar scalar && scalar.isNull()) {
            add(ShapeViolation.Kind.EMPTY_VALUE, path, schemaPath, node, lastKey(path), shape);
            return;
        }
        if (shape instanceof Shape.Mapping mapping) {
            if (node instanceof YamlMapping yaml) {
                mapping(yaml, mapping, path, schemaPath);
            } else {
                add(ShapeViolation.Kind.WRONG_TYPE, path, schemaPath, node, null, shape);
            }
        } else if (shape instanceof Shape.ListOf list) {
            list(node, list, path, schemaPath);
        } else if (shape instanceof Shape.Scalar scalar) {
            if (!(node instanceof YamlScalar yaml) || !accepts(scalar.kind(), yaml)) {
                add(ShapeViolation.Kind.WRONG_TYPE, path, schemaPath, node, null, shape);
            }
        }
    }

    private void mapping(YamlMapping node, Shape.Mapping shape, String path, String schemaPath) {
        for (YamlEntry entry : node.entries()) {
            String key = entry.keyText();
            String childPath = join(path, key);
            Shape.Field field = entry.key() instanceof YamlScalar ? shape.fields().get(key) : null;
            Shape valueShape = field != null ? field.shape()
                    : entry.key() instanceof YamlScalar ? shape.values() : null;
            if (valueShape != null && !(valueShape instanceof Shape.Any)
                    && entry.value() instanceof YamlScalar value && value.isNull()) {
                violations.add(new ShapeViolation(ShapeViolation.Kind.EMPTY_VALUE, childPath,
                        join(schemaPath, field != null ? key : "*"), entry.key(), key, valueShape, Set.of()));
            } else if (field != null) {
                visit(entry.value(), field.shape(), childPath, join(schemaPath, key));
            } else if (shape.values() != null && entry.key() instanceof YamlScalar) {
                visit(entry.value(), shape.values(), childPath, join(schemaPath, "*"));
            } else {
                violations.add(new ShapeViolation(ShapeViolation.Kind.UNKNOWN_KEY, childPath, join(schemaPath, key),
                        entry.key(), key, shape, shape.fields().keySet()));
            }
        }
        for (Map.Entry<String, Shape.Field> field : shape.fields().entrySet()) {
            if (field.getValue().required() && !node.has(field.getKey())) {
                violations.add(new ShapeViolation(ShapeViolation.Kind.MISSING_KEY, path,
                        join(schemaPath, field.getKey()), node, field.getKey(), field.getValue().shape(),
                        shape.fields().keySet()));
            }
        }
    }

    private void list(YamlNode node, Shape.ListOf list, String path, String schemaPath) {
        if (node instanceof YamlSequence sequence) {
            List<YamlNode> items = sequence.items();
            for (int i = 0; i < items.size(); i++) {
                YamlNode item = items.get(i);
                if (item instanceof YamlScalar scalar && scalar.isNull()) {
                    add(ShapeViolation.Kind.NULL_ITEM, path + "[" + i + "]", schemaPath + "[]", item, null,
                            list.item());
                } else {
                    visit(item, list.item(), path + "[" + i + "]", schemaPath + "[]");
                }
            }
        } else if (!(list.scalarAllowed() && node instanceof YamlScalar)) {
            add(ShapeViolation.Kind.WRONG_TYPE, path, schemaPath, node, null, list);
        } else {
            visit(node, list.item(), path, schemaPath);
        }
    }

    private static boolean accepts(Shape.ScalarKind kind, YamlScalar scalar) {
        switch (kind) {
            case BOOLEAN:
                return scalar.type() == ScalarType.BOOLEAN || isQuotedBoolean(scalar);
            case INTEGER:
                return scalar.type() == ScalarType.INTEGER;
            case NUMBER:
                return scalar.type() == ScalarType.INTEGER || scalar.type() == ScalarType.FLOAT;
            default:
                return true;
        }
    }

    private static boolean isQuotedBoolean(YamlScalar scalar) {
        switch (scalar.value().toLowerCase(java.util.Locale.ROOT)) {
            case "yes": case "no": case "true": case "false": case "on": case "off":
                return true;
            default:
                return false;
        }
    }

    private void add(ShapeViolation.Kind kind, String path, String schemaPath, YamlNode node, String key, Shape shape) {
        violations.add(new ShapeViolation(kind, path, schemaPath, node, key, shape, Set.of()));
    }

    private static String lastKey(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
