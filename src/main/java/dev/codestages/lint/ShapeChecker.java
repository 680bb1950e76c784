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
        checker.mapping(root, shape, Where.ROOT);
        return List.copyOf(checker.violations);
    }

    /**
     * Where a node is, as a chain from the root: a key of a mapping, or an index of a list. The dotted
     * paths of a violation ({@code phases.build.commands[2]}, and in the schema
     * {@code phases.build.commands[]}) are written out only when there is a violation to report.
     */
    private record Where(Where parent, String key, String schemaKey, int index, YamlNode opener) {

        static final Where ROOT = new Where(null, "", "", -1, null);

        /** The value of {@code keyNode}, whose text is {@code name}. */
        Where key(String name, String schemaName, YamlNode keyNode) {
            return new Where(this, name, schemaName, -1, keyNode);
        }

        Where item(int i, YamlNode item) {
            return new Where(this, null, null, i, item);
        }

        String path() {
            return write(false);
        }

        String schemaPath() {
            return write(true);
        }

        /** The key of this place; for a list item, what follows the last dot of the path. */
        String lastKey() {
            if (index < 0 && key != null) {
                return key;
            }
            String path = path();
            return path.substring(path.lastIndexOf('.') + 1);
        }

        private String write(boolean schema) {
            if (parent == null) {
                return "";
            }
            StringBuilder out = new StringBuilder();
            write(out, schema);
            return out.toString();
        }

        private void write(StringBuilder out, boolean schema) {
            if (parent == null) {
                return;
            }
            parent.write(out, schema);
            if (index >= 0) {
                out.append(schema ? "[]" : "[" + index + "]");
            } else {
                out.append(ShapeViolation.segment(schema ? schemaKey : key, out.length() == 0));
            }
        }
    }

    private void visit(YamlNode node, Shape shape, Where where) {
        if (shape instanceof Shape.Any) {
            return;
        }
        if (node instanceof YamlScalar scalar && scalar.isNull()) {
            add(ShapeViolation.Kind.EMPTY_VALUE, where, node, where.lastKey(), shape);
            return;
        }
        if (shape instanceof Shape.Mapping mapping) {
            if (node instanceof YamlMapping yaml) {
                mapping(yaml, mapping, where);
            } else {
                add(ShapeViolation.Kind.WRONG_TYPE, where, node, null, shape);
            }
        } else if (shape instanceof Shape.ListOf list) {
            list(node, list, where);
        } else if (shape instanceof Shape.Scalar scalar) {
            if (!(node instanceof YamlScalar yaml) || !accepts(scalar.kind(), yaml)) {
                add(ShapeViolation.Kind.WRONG_TYPE, where, node, null, shape);
            }
        }
    }

    private void mapping(YamlMapping node, Shape.Mapping shape, Where where) {
        for (YamlEntry entry : node.entries()) {
            String key = entry.keyText();
            Shape.Field field = entry.key() instanceof YamlScalar ? shape.fields().get(key) : null;
            Shape valueShape = field != null ? field.shape()
                    : entry.key() instanceof YamlScalar ? shape.values() : null;
            if (valueShape != null && !(valueShape instanceof Shape.Any)
                    && entry.value() instanceof YamlScalar value && value.isNull()) {
                Where child = where.key(key, field != null ? key : "*", entry.key());
                violations.add(new ShapeViolation(ShapeViolation.Kind.EMPTY_VALUE, child.path(), child.schemaPath(),
                        entry.key(), key, valueShape, Set.of(), child.opener()));
            } else if (field != null) {
                visit(entry.value(), field.shape(), where.key(key, key, entry.key()));
            } else if (shape.values() != null && entry.key() instanceof YamlScalar) {
                visit(entry.value(), shape.values(), where.key(key, "*", entry.key()));
            } else {
                Where child = where.key(key, key, entry.key());
                violations.add(new ShapeViolation(ShapeViolation.Kind.UNKNOWN_KEY, child.path(), child.schemaPath(),
                        entry.key(), key, shape, shape.fields().keySet(), child.opener()));
            }
        }
        for (Map.Entry<String, Shape.Field> field : shape.fields().entrySet()) {
            if (field.getValue().required() && !node.has(field.getKey())) {
                violations.add(new ShapeViolation(ShapeViolation.Kind.MISSING_KEY, where.path(),
                        where.key(field.getKey(), field.getKey(), null).schemaPath(), node, field.getKey(),
                        field.getValue().shape(), shape.fields().keySet(), where.opener()));
            }
        }
    }

    private void list(YamlNode node, Shape.ListOf list, Where where) {
        if (node instanceof YamlSequence sequence) {
            List<YamlNode> items = sequence.items();
            for (int i = 0; i < items.size(); i++) {
                YamlNode item = items.get(i);
                if (item instanceof YamlScalar scalar && scalar.isNull()) {
                    add(ShapeViolation.Kind.NULL_ITEM, where.item(i, item), item, null, list.item());
                } else {
                    visit(item, list.item(), where.item(i, item));
                }
            }
        } else if (!(list.scalarAllowed() && node instanceof YamlScalar)) {
            add(ShapeViolation.Kind.WRONG_TYPE, where, node, null, list);
        } else {
            visit(node, list.item(), where);
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

    private void add(ShapeViolation.Kind kind, Where where, YamlNode node, String key, Shape shape) {
        violations.add(new ShapeViolation(kind, where.path(), where.schemaPath(), node, key, shape, Set.of(),
                where.opener()));
    }
}
