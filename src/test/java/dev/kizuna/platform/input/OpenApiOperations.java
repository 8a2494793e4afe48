package dev.kizuna.platform.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The operations of the OpenAPI document, and a plausible JSON body for each one built from its schema. */
final class OpenApiOperations {

    record Parameter(String name, String type) {
    }

    /** One operation; {@code body} is the schema of its JSON request body, or null when it takes none. */
    record Operation(String method, String path, List<Parameter> pathParameters, List<Parameter> query, JsonNode body) {

        String id() {
            return method.toUpperCase() + " " + path;
        }

        boolean writes() {
            return !method.equals("get");
        }
    }

    private final JsonMapper json = new JsonMapper();
    private final JsonNode document;

    OpenApiOperations(String openApiJson) {
        this.document = json.readTree(openApiJson);
    }

    List<Operation> all() {
        List<Operation> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                List<Parameter> inPath = new ArrayList<>();
                List<Parameter> query = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    p = resolve(p);
                    Parameter parameter = new Parameter(p.path("name").asString(), resolve(p.path("schema")).path("type").asString(""));
                    switch (p.path("in").asString()) {
                        case "path" -> inPath.add(parameter);
                        case "query" -> query.add(parameter);
                        default -> { }
                    }
                }
                JsonNode body = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
                out.add(new Operation(op.getKey(), path.getKey(), inPath, query, body.isMissingNode() ? null : resolve(body)));
            }
        }
        return out;
    }

    /** The properties of a body schema with their types (empty for a map or a list). */
    List<Parameter> properties(JsonNode schema) {
        List<Parameter> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> p : resolve(schema).path("properties").properties()) {
            out.add(new Parameter(p.getKey(), resolve(p.getValue()).path("type").asString("")));
        }
        return out;
    }

    /** A body a client might send: every property with an ordinary value of its type. */
    JsonNode sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode first = schema.has("allOf") ? schema.get("allOf") : schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            return sample(first.get(0), depth);
        }
        String format = schema.path("format").asString("");
        return switch (schema.path("type").asString("object")) {
            case "string" -> json.getNodeFactory().stringNode(switch (format) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date" -> "2026-12-07";
                case "date-time" -> "2026-12-07T09:00:00Z";
                case "email" -> "fuzz@example.jp";
                default -> "テスト";
            });
            case "integer", "number" -> json.getNodeFactory().numberNode(1);
            case "boolean" -> json.getNodeFactory().booleanNode(true);
            case "array" -> {
                ArrayNode array = json.createArrayNode();
                if (depth < 3 && schema.has("items")) {
                    array.add(sample(schema.get("items"), depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = json.createObjectNode();
                if (depth < 3) {
                    for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
                        object.set(p.getKey(), sample(p.getValue(), depth + 1));
                    }
                }
                yield object;
            }
        };
    }

    String write(JsonNode node) {
        return json.writeValueAsString(node);
    }

    private JsonNode resolve(JsonNode node) {
        for (int i = 0; i < 10 && node.has("$ref"); i++) {
            String ref = node.get("$ref").asString();
            node = document.at(ref.substring(1));
        }
        return node;
    }
}
