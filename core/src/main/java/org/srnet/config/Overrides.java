package org.srnet.config;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.srnet.UserError;

/**
 * {@code key=value} overrides of any configuration record (detectron2 style): the key is a dotted path into the
 * record's JSON form ({@code train.iterations=200}, {@code model.extraDims=0}), the value is parsed as the type the
 * key already has. Unknown keys, unparsable values and values the record rejects are user errors that name the
 * override.
 */
public final class Overrides {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Overrides() {}

    public static <T> T apply(T config, List<String> overrides) {
        if (overrides == null || overrides.isEmpty()) {
            return config;
        }
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) config.getClass();
        ObjectNode root = JSON.valueToTree(config);
        for (String kv : overrides) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new UserError("--set " + kv + ": expected key=value");
            }
            set(root, kv.substring(0, eq).trim(), kv.substring(eq + 1).trim(), kv);
        }
        try {
            return JSON.treeToValue(root, type);
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new UserError("--set " + String.join(" ", overrides) + ": " + cause.getMessage(), e);
        }
    }

    private static void set(ObjectNode root, String key, String value, String original) {
        String[] path = key.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode child = node.get(path[i]);
            if (!(child instanceof ObjectNode)) {
                throw unknown(root, original);
            }
            node = (ObjectNode) child;
        }
        String leaf = path[path.length - 1];
        JsonNode old = node.get(leaf);
        if (old == null || old.isContainerNode()) {
            throw unknown(root, original);
        }
        try {
            if (old.isBoolean()) {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException("expected true or false");
                }
                node.put(leaf, Boolean.parseBoolean(value));
            } else if (old.isIntegralNumber()) {
                node.put(leaf, Long.parseLong(value.replace("_", "")));
            } else if (old.isNumber()) {
                node.put(leaf, Double.parseDouble(value));
            } else {
                node.set(leaf, TextNode.valueOf(value));
            }
        } catch (IllegalArgumentException e) {
            throw new UserError("--set " + original + ": '" + value + "' is not a valid " + old.getNodeType().name().toLowerCase()
                    + " (" + e.getMessage() + ")");
        }
    }

    private static UserError unknown(ObjectNode root, String original) {
        List<String> keys = new ArrayList<>();
        collect(root, "", keys);
        return new UserError("--set " + original + ": unknown key; valid keys: " + String.join(", ", keys));
    }

    private static void collect(JsonNode node, String prefix, List<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject()) {
                collect(e.getValue(), prefix + e.getKey() + ".", out);
            } else {
                out.add(prefix + e.getKey());
            }
        }
    }
}
