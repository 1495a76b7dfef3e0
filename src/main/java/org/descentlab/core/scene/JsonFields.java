package org.descentlab.core.scene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the fields of a scene file's JSON tree: each reader checks a field's presence and type, and each failure is
 * one {@link SettingException} whose {@link Problem} names the field ({@code surfaces.insight.sweepPoints}). Fields a
 * section does not know are noted, not refused ({@link #known}).
 */
class JsonFields {

    /** What to call the text in messages (the file name). */
    final String name;
    /** Notes on what was ignored. */
    final List<String> notes = new ArrayList<>();

    JsonFields(String name) {
        this.name = name;
    }

    <T> T guard(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (SettingException e) {
            if (e.getMessage().startsWith(name + ": ")) {
                throw e; // already about this file, from a field reader
            }
            throw fail(e.problem().field(), e.getMessage());
        }
    }

    void known(ObjectNode o, String prefix, String... keys) {
        var allowed = java.util.Set.of(keys);
        o.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                notes.add("ignored the field '" + prefix + k + "', which this version does not know");
            }
        });
    }

    JsonNode require(ObjectNode o, String key, String prefix) {
        JsonNode v = o.get(key);
        if (v == null) {
            throw fail(prefix + key, "the field '" + prefix + key + "' is missing");
        }
        return v;
    }

    boolean optionalObject(ObjectNode o, String key) {
        JsonNode v = o.get(key);
        return v != null && !v.isNull();
    }

    ObjectNode object(ObjectNode o, String key, String prefix) {
        JsonNode v = require(o, key, prefix);
        if (!v.isObject()) {
            throw fail(prefix + key, "'" + prefix + key + "' must be an object { … }");
        }
        return (ObjectNode) v;
    }

    ArrayNode array(ObjectNode o, String key, String prefix) {
        JsonNode v = require(o, key, prefix);
        if (!v.isArray()) {
            throw fail(prefix + key, "'" + prefix + key + "' must be a list [ … ]");
        }
        return (ArrayNode) v;
    }

    ObjectNode element(ArrayNode list, int i, String field) {
        JsonNode v = list.get(i);
        if (!v.isObject()) {
            throw fail(field + "[" + i + "]", "'" + field + "[" + i + "]' must be an object { … }");
        }
        return (ObjectNode) v;
    }

    String text(ObjectNode o, String key, String prefix) {
        JsonNode v = require(o, key, prefix);
        if (!v.isTextual()) {
            throw fail(prefix + key, "'" + prefix + key + "' must be text in quotes");
        }
        return v.asText();
    }

    double number(ObjectNode o, String key, String prefix) {
        JsonNode v = require(o, key, prefix);
        if (!v.isNumber()) {
            throw fail(prefix + key, "'" + prefix + key + "' must be a number, got " + v);
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw fail(prefix + key, "'" + prefix + key + "' is too large");
        }
        return d;
    }

    long whole(ObjectNode o, String key, String prefix) {
        JsonNode v = require(o, key, prefix);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw fail(prefix + key, "'" + prefix + key + "' must be a whole number, got " + v);
        }
        return v.longValue();
    }

    /** A whole number clamped to the int range, so that the declared limit (not a wrap-around) refuses it. */
    int wholeInt(ObjectNode o, String key, String prefix) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, whole(o, key, prefix)));
    }

    boolean bool(ObjectNode o, String key, String prefix) {
        JsonNode v = require(o, key, prefix);
        if (!v.isBoolean()) {
            throw fail(prefix + key, "'" + prefix + key + "' must be true or false, got " + v);
        }
        return v.booleanValue();
    }

    SettingException fail(String field, String message) {
        return new SettingException(new Problem(field, name + ": " + message));
    }
}
