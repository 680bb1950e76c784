package dev.codestages.api;

import dev.codestages.engine.JsonTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The members of one request's JSON body. A body that is not a JSON object is AWS's SerializationException;
 * a missing required member is answered by the operation with its service's error.
 */
final class ApiInput {

    private final Map<String, Object> members;

    private ApiInput(Map<String, Object> members) {
        this.members = members;
    }

    static ApiInput parse(byte[] body) throws AwsApiError {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return new ApiInput(Map.of());
        }
        Object value;
        try {
            value = JsonTree.parse(text);
        } catch (IOException e) {
            throw new AwsApiError("SerializationException", "the request body is not JSON: " + e.getMessage());
        }
        if (!(value instanceof Map)) {
            throw new AwsApiError("SerializationException", "the request body must be a JSON object");
        }
        return new ApiInput(JsonTree.object(value));
    }

    /** A string member; null when absent. */
    String text(String member) {
        return JsonTree.text(members.get(member));
    }

    /**
     * A string member the operation needs; absent or empty is a ValidationException worded as AWS words it
     * ("1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null").
     */
    String required(String member) throws AwsApiError {
        String value = text(member);
        if (value == null || value.isEmpty()) {
            throw new AwsApiError("ValidationException", "1 validation error detected: Value null at '" + member
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    /** An object member as another input; empty when absent. */
    ApiInput object(String member) {
        return new ApiInput(JsonTree.object(members.get(member)));
    }

    /** A list member; empty when absent. */
    List<Object> list(String member) {
        return JsonTree.array(members.get(member));
    }

    /** A whole-number member; null when absent. */
    Long number(String member) {
        return members.get(member) instanceof Long n ? n : null;
    }

    /** A boolean member; false when absent. */
    boolean flag(String member) {
        return Boolean.TRUE.equals(members.get(member));
    }

    /** One element of a list member, as an input. */
    static ApiInput of(Object element) {
        return new ApiInput(JsonTree.object(element));
    }
}
