package dev.codestages.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a secrets-manager reference, {@code secret-id[:json-key[:version-stage[:version-id]]]},
 * against local secret values: the whole reference, then {@code secret-id:json-key}, then the secret
 * itself, taking {@code json-key} out of it when it is a JSON object, as CodeBuild does.
 */
final class SecretReference {

    private static final JsonFactory JSON = new JsonFactory();

    private SecretReference() {
    }

    static Optional<String> resolve(String reference, Map<String, String> secrets) {
        if (secrets.containsKey(reference)) {
            return Optional.of(secrets.get(reference));
        }
        String secretId;
        String rest;
        if (reference.startsWith("arn:")) {
            String[] parts = reference.split(":", -1);
            if (parts.length < 7) {
                return Optional.ofNullable(secrets.get(reference));
            }
            secretId = String.join(":", java.util.Arrays.copyOfRange(parts, 0, 7));
            rest = parts.length > 7 ? reference.substring(secretId.length() + 1) : "";
        } else {
            int colon = reference.indexOf(':');
            secretId = colon < 0 ? reference : reference.substring(0, colon);
            rest = colon < 0 ? "" : reference.substring(colon + 1);
        }
        String jsonKey = rest.isEmpty() ? "" : rest.split(":", -1)[0];
        if (!jsonKey.isEmpty() && secrets.containsKey(secretId + ":" + jsonKey)) {
            return Optional.of(secrets.get(secretId + ":" + jsonKey));
        }
        String secret = secrets.get(secretId);
        if (secret == null || jsonKey.isEmpty()) {
            return Optional.ofNullable(secret);
        }
        return field(secret, jsonKey);
    }

    private static Optional<String> field(String json, String key) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(key) && value.isScalarValue()) {
                    return Optional.of(parser.getText());
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
