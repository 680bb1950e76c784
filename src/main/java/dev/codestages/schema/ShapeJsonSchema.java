package dev.codestages.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.codestages.lint.Shape;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Shape} tree as a JSON Schema, draft-07 (what the VS Code YAML extension reads). The
 * schema rejects only what the linter reports as an error: a value of the wrong type (BS008, AS009), an
 * empty list item in an AppSpec (AS009; in a buildspec it is the warning BS010), a missing required key (BS012). What the linter only warns about is
 * allowed, so a file free of errors always validates: unknown keys (BS007, AS006; listed keys still give
 * completion) and keys without a value (BS011, AS010). Scalars are typed as YAML 1.1 reads them, as the
 * AWS agents do: a "string" may be written as a number or a boolean ({@code version: 0.2}), a boolean
 * may be a quoted yes/no/on/off/true/false.
 */
final class ShapeJsonSchema {

    private static final List<String> SCALAR_TYPES = List.of("string", "number", "boolean");
    private static final List<String> BOOLEAN_WORDS = List.of("yes", "no", "true", "false", "on", "off");

    /** Whether a list item may be empty: a warning (BS010) in a buildspec, an error (AS009) in an AppSpec. */
    private final boolean nullItems;
    /**
     * True for a format read as the CodePipeline API reads its input: an unknown key (PL001), an empty
     * value or a scalar of another type (PL003) are errors, so the schema rejects them.
     */
    private final boolean strict;

    private ShapeJsonSchema(boolean nullItems, boolean strict) {
        this.nullItems = nullItems;
        this.strict = strict;
    }

    /**
     * A form a file may take, told by {@code condition} (a JSON Schema, as the linter tells it from the
     * content), and its shape.
     */
    record Form(String condition, Shape shape) {
    }

    /**
     * The whole schema document: the first of {@code forms} whose condition holds, else {@code fallback}.
     * A key in {@code requiredUnless} is required only when the key it maps to is absent (a buildspec needs
     * {@code phases} unless it is a batch buildspec).
     */
    static String document(String title, String description, List<Form> forms, Shape fallback,
                           Map<String, String> requiredUnless, boolean nullItems) {
        return document(title, description, forms, fallback, requiredUnless, new ShapeJsonSchema(nullItems, false));
    }

    /**
     * The schema of a format whose reader takes nothing it does not know ({@code strict}, above): no
     * unknown keys, no empty values, strings only where strings are wanted.
     */
    static String strictDocument(String title, String description, List<Form> forms, Shape fallback) {
        return document(title, description, forms, fallback, Map.of(), new ShapeJsonSchema(false, true));
    }

    private static String document(String title, String description, List<Form> forms, Shape fallback,
                                   Map<String, String> requiredUnless, ShapeJsonSchema writer) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", "http://json-schema.org/draft-07/schema#");
            json.writeStringField("title", title);
            json.writeStringField("description", description);
            writer.forms(json, forms, fallback, requiredUnless);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString().replace("\r\n", "\n") + "\n";
    }

    private void forms(JsonGenerator json, List<Form> forms, Shape fallback, Map<String, String> requiredUnless)
            throws IOException {
        if (forms.isEmpty()) {
            root(json, fallback, requiredUnless);
            return;
        }
        json.writeFieldName("if");
        json.writeRawValue(forms.get(0).condition());
        json.writeObjectFieldStart("then");
        root(json, forms.get(0).shape(), requiredUnless);
        json.writeEndObject();
        json.writeObjectFieldStart("else");
        forms(json, forms.subList(1, forms.size()), fallback, requiredUnless);
        json.writeEndObject();
    }

    private void root(JsonGenerator json, Shape shape, Map<String, String> requiredUnless) throws IOException {
        body(json, shape, false, requiredUnless);
    }

    private void schema(JsonGenerator json, Shape shape, boolean nullable) throws IOException {
        json.writeStartObject();
        body(json, shape, nullable, Map.of());
        json.writeEndObject();
    }

    /** The fields of {@code shape}'s schema; {@code nullable} for a key's value, where an empty value is a warning. */
    private void body(JsonGenerator json, Shape shape, boolean nullable, Map<String, String> requiredUnless)
            throws IOException {
        if (shape instanceof Shape.Mapping mapping) {
            types(json, List.of("object"), nullable);
            if (!mapping.fields().isEmpty()) {
                json.writeObjectFieldStart("properties");
                for (Map.Entry<String, Shape.Field> field : mapping.fields().entrySet()) {
                    json.writeFieldName(field.getKey());
                    schema(json, field.getValue().shape(), !strict);
                }
                json.writeEndObject();
                List<String> required = mapping.fields().entrySet().stream()
                        .filter(f -> f.getValue().required()).map(Map.Entry::getKey).toList();
                List<String> always = required.stream().filter(k -> !requiredUnless.containsKey(k)).toList();
                if (!always.isEmpty()) {
                    json.writeArrayFieldStart("required");
                    for (String key : always) {
                        json.writeString(key);
                    }
                    json.writeEndArray();
                }
                List<String> unless = required.stream().filter(requiredUnless::containsKey).toList();
                if (!unless.isEmpty()) {
                    json.writeArrayFieldStart("allOf");
                    for (String key : unless) {
                        json.writeStartObject();
                        json.writeArrayFieldStart("anyOf");
                        for (String alternative : List.of(key, requiredUnless.get(key))) {
                            json.writeStartObject();
                            json.writeArrayFieldStart("required");
                            json.writeString(alternative);
                            json.writeEndArray();
                            json.writeEndObject();
                        }
                        json.writeEndArray();
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                }
            }
            if (mapping.values() != null) {
                json.writeFieldName("additionalProperties");
                schema(json, mapping.values(), !strict);
            } else if (strict) {
                json.writeBooleanField("additionalProperties", false);
            }
        } else if (shape instanceof Shape.ListOf list) {
            if (list.scalarAllowed() || nullable) {
                json.writeArrayFieldStart("anyOf");
                json.writeStartObject();
                array(json, list);
                json.writeEndObject();
                if (list.scalarAllowed()) {
                    schema(json, list.item(), false);
                }
                if (nullable) {
                    json.writeStartObject();
                    json.writeStringField("type", "null");
                    json.writeEndObject();
                }
                json.writeEndArray();
            } else {
                array(json, list);
            }
        } else if (shape instanceof Shape.Scalar scalar) {
            scalar(json, scalar.kind(), nullable);
        }
        // Shape.Any: no constraint at all
    }

    private void array(JsonGenerator json, Shape.ListOf list) throws IOException {
        json.writeStringField("type", "array");
        json.writeFieldName("items");
        schema(json, list.item(), nullItems);
    }

    private void scalar(JsonGenerator json, Shape.ScalarKind kind, boolean nullable) throws IOException {
        switch (kind) {
            case BOOLEAN -> {
                json.writeArrayFieldStart("anyOf");
                json.writeStartObject();
                types(json, List.of("boolean"), nullable);
                json.writeEndObject();
                json.writeStartObject();
                json.writeArrayFieldStart("enum");
                for (String word : BOOLEAN_WORDS) {
                    json.writeString(word);
                    json.writeString(Character.toUpperCase(word.charAt(0)) + word.substring(1));
                    json.writeString(word.toUpperCase(java.util.Locale.ROOT));
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndArray();
            }
            case INTEGER -> types(json, List.of("integer"), nullable);
            case NUMBER -> types(json, List.of("number"), nullable);
            case STRING -> types(json, strict ? List.of("string") : SCALAR_TYPES, nullable);
            default -> types(json, SCALAR_TYPES, nullable);
        }
    }

    private static void types(JsonGenerator json, List<String> types, boolean nullable) throws IOException {
        if (types.size() == 1 && !nullable) {
            json.writeStringField("type", types.get(0));
            return;
        }
        json.writeArrayFieldStart("type");
        for (String type : types) {
            json.writeString(type);
        }
        if (nullable) {
            json.writeString("null");
        }
        json.writeEndArray();
    }
}
