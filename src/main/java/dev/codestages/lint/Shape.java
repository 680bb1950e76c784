package dev.codestages.lint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected structure of a spec file, declared once per format as a tree of shapes: which keys a
 * mapping has (and which are required), what a list holds, what kind of scalar a value is. The
 * {@link ShapeChecker} compares a YAML tree against it; rules turn the differences into findings.
 */
public sealed interface Shape {

    /** A noun for messages: "a mapping", "a list of strings", "yes or no". */
    String describe();

    /** What kind of scalar a {@link Scalar} shape accepts. */
    enum ScalarKind {
        STRING("a string"), BOOLEAN("yes or no (a boolean)"), INTEGER("a whole number"), NUMBER("a number"),
        ANY("a value");

        private final String description;

        ScalarKind(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    /** A key of a mapping shape. */
    record Field(Shape shape, boolean required) {
    }

    /**
     * A mapping with known keys; when {@code values} is not null, keys are names the user chooses
     * (report groups, variable names) and every value has that shape.
     */
    record Mapping(Map<String, Field> fields, Shape values) implements Shape {

        public Mapping {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        @Override
        public String describe() {
            return "a mapping";
        }

        /** The schema paths below this shape where {@code key} is a known key, such as "batch.build-matrix". */
        public List<String> locate(String key) {
            List<String> found = new ArrayList<>();
            locate(this, null, key, found, 0);
            return found;
        }

        /** A step of a schema path: a key, "*" for a user's name, or "[]" for a list item; written out only when found. */
        private record Step(Step parent, String name) {

            String path() {
                if (parent == null) {
                    return name;
                }
                String before = parent.path();
                return name.equals("[]") ? before + name : before + "." + name;
            }
        }

        private static void locate(Shape shape, Step at, String key, List<String> found, int depth) {
            if (depth > 12) {
                return;
            }
            if (shape instanceof ListOf list) {
                locate(list.item(), at == null ? new Step(null, "[]") : new Step(at, "[]"), key, found, depth + 1);
            } else if (shape instanceof Mapping mapping) {
                if (mapping.fields().containsKey(key)) {
                    found.add(new Step(at, key).path());
                }
                for (Map.Entry<String, Field> field : mapping.fields().entrySet()) {
                    locate(field.getValue().shape(), new Step(at, field.getKey()), key, found, depth + 1);
                }
                if (mapping.values() != null) {
                    locate(mapping.values(), new Step(at, "*"), key, found, depth + 1);
                }
            }
        }
    }

    /** A list; when {@code scalarAllowed}, a single scalar counts as a one-item list (CodeBuild does so). */
    record ListOf(Shape item, boolean scalarAllowed) implements Shape {
        @Override
        public String describe() {
            return item instanceof Scalar scalar && scalar.kind() == ScalarKind.STRING ? "a list of strings" : "a list";
        }
    }

    /** A scalar of the given kind. */
    record Scalar(ScalarKind kind) implements Shape {
        @Override
        public String describe() {
            return kind.description();
        }
    }

    /** Anything at all: not checked. */
    record Any() implements Shape {
        @Override
        public String describe() {
            return "any value";
        }
    }

    static Scalar string() {
        return new Scalar(ScalarKind.STRING);
    }

    static Scalar bool() {
        return new Scalar(ScalarKind.BOOLEAN);
    }

    static Scalar integer() {
        return new Scalar(ScalarKind.INTEGER);
    }

    static Scalar number() {
        return new Scalar(ScalarKind.NUMBER);
    }

    static Scalar scalar() {
        return new Scalar(ScalarKind.ANY);
    }

    static Any any() {
        return new Any();
    }

    /** A list of strings that may also be written as one string. */
    static ListOf strings() {
        return new ListOf(string(), true);
    }

    static ListOf listOf(Shape item) {
        return new ListOf(item, false);
    }

    /** A mapping of user-chosen names to values of one shape. */
    static Mapping mapOf(Shape values) {
        return new Mapping(Map.of(), values);
    }

    static MappingBuilder mapping() {
        return new MappingBuilder();
    }

    /** Declares a mapping shape key by key, in documentation order. */
    final class MappingBuilder {
        private final Map<String, Field> fields = new LinkedHashMap<>();

        private MappingBuilder() {
        }

        public MappingBuilder key(String name, Shape shape) {
            fields.put(name, new Field(shape, false));
            return this;
        }

        public MappingBuilder required(String name, Shape shape) {
            fields.put(name, new Field(shape, true));
            return this;
        }

        public Mapping build() {
            return new Mapping(fields, null);
        }
    }
}
