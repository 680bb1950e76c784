package dev.codestages.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON text into plain values (maps in document order, lists, strings, longs, doubles, booleans,
 * null), for the few JSON documents the engine reads: its own state files and the JSON-in-a-string
 * settings of an action's configuration, and the request bodies of the local AWS API. jackson-core only, as
 * the rest of the library.
 */
public final class JsonTree {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonTree() {
    }

    /**
     * Parses {@code text}.
     *
     * @throws IOException with the parser's short message when the text is not one JSON value
     */
    public static Object parse(String text) throws IOException {
        try (JsonParser parser = JSON.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IOException("empty JSON text");
            }
            Object value = value(parser, first);
            if (parser.nextToken() != null) {
                throw new IOException("more than one JSON value");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    map.put(name, value(parser, parser.nextToken()));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(value(parser, next));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("unexpected " + token);
        }
    }

    /** The object {@code value} as a map; empty when it is not one. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    /** The array {@code value} as a list; empty when it is not one. */
    @SuppressWarnings("unchecked")
    public static List<Object> array(Object value) {
        return value instanceof List ? (List<Object>) value : List.of();
    }

    /** The string {@code value}; null when it is not one. */
    public static String text(Object value) {
        return value instanceof String s ? s : null;
    }

    /** A JSON object of strings as a map of strings, in document order (other values left out). */
    public static Map<String, String> strings(Object value) {
        Map<String, String> map = new LinkedHashMap<>();
        object(value).forEach((key, v) -> {
            if (v instanceof String s) {
                map.put(key, s);
            }
        });
        return map;
    }
}
