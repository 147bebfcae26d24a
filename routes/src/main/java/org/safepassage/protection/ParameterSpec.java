package org.safepassage.protection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A parameter an indicator accepts: its name, type, default and lower bound. Values are checked and
 * converted once, when the catalogue is loaded.
 *
 * @param name         parameter name as written in the catalogue
 * @param type         its type
 * @param defaultValue value when the catalogue does not give one (already converted)
 * @param min          lower bound for integers (and integer map values), or {@code null}
 */
record ParameterSpec(String name, Type type, Object defaultValue, Integer min) {

    /** Parameter types. */
    enum Type {
        /** An integer. */
        INTEGER("an integer"),
        /** {@code true} or {@code false}. */
        BOOLEAN("true or false"),
        /** A list of texts, kept as written (trimmed). */
        TEXT_LIST("a list of texts"),
        /** A list of country codes, folded to ISO 3166 alpha-3 upper case. */
        COUNTRY_LIST("a list of country codes"),
        /** A map from code (upper case) to integer, e.g. carrier to age. */
        INTEGER_MAP("a map of codes to integers"),
        /** A map from airport code (upper case) to country code (alpha-3). */
        AIRPORT_COUNTRY_MAP("a map of airport codes to country codes");

        final String what;

        Type(String what) {
            this.what = what;
        }
    }

    static ParameterSpec integer(String name, int defaultValue, int min) {
        return new ParameterSpec(name, Type.INTEGER, defaultValue, min);
    }

    static ParameterSpec bool(String name, boolean defaultValue) {
        return new ParameterSpec(name, Type.BOOLEAN, defaultValue, null);
    }

    static ParameterSpec texts(String name, List<String> defaultValue) {
        return new ParameterSpec(name, Type.TEXT_LIST, List.copyOf(defaultValue), null);
    }

    static ParameterSpec countries(String name) {
        return new ParameterSpec(name, Type.COUNTRY_LIST, Set.of(), null);
    }

    static ParameterSpec integerMap(String name, int min) {
        return new ParameterSpec(name, Type.INTEGER_MAP, Map.of(), min);
    }

    static ParameterSpec airportCountries(String name) {
        return new ParameterSpec(name, Type.AIRPORT_COUNTRY_MAP, Map.of(), null);
    }

    /**
     * Checks and converts a value from the YAML tree.
     *
     * @throws IllegalArgumentException with a message saying what was expected
     */
    Object convert(Object raw) {
        switch (type) {
            case INTEGER: {
                int v = asInt(raw, "must be " + type.what);
                if (min != null && v < min) {
                    throw new IllegalArgumentException("must be at least " + min + ", got " + v);
                }
                return v;
            }
            case BOOLEAN:
                if (raw instanceof Boolean b) {
                    return b;
                }
                throw new IllegalArgumentException("must be " + type.what + ", got " + describe(raw));
            case TEXT_LIST:
            case COUNTRY_LIST: {
                if (!(raw instanceof List<?> list)) {
                    throw new IllegalArgumentException("must be " + type.what + ", got " + describe(raw));
                }
                Set<String> out = new LinkedHashSet<>();
                for (int i = 0; i < list.size(); i++) {
                    Object e = list.get(i);
                    if (!(e instanceof String s) || s.isBlank()) {
                        throw new IllegalArgumentException("entry " + (i + 1) + " must be a non-empty text, got "
                                + describe(e));
                    }
                    out.add(type == Type.COUNTRY_LIST ? country(s) : s.trim());
                }
                return type == Type.COUNTRY_LIST ? Collections.unmodifiableSet(out) : List.copyOf(out);
            }
            case INTEGER_MAP:
            case AIRPORT_COUNTRY_MAP:
            default: {
                if (!(raw instanceof Map<?, ?> map)) {
                    throw new IllegalArgumentException("must be " + type.what + ", got " + describe(raw));
                }
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!(e.getKey() instanceof String k) || k.isBlank()) {
                        throw new IllegalArgumentException("keys must be texts, got " + describe(e.getKey()));
                    }
                    String key = k.trim().toUpperCase(Locale.ROOT);
                    if (type == Type.INTEGER_MAP) {
                        int v = asInt(e.getValue(), "value of " + key + " must be an integer");
                        if (min != null && v < min) {
                            throw new IllegalArgumentException("value of " + key + " must be at least " + min
                                    + ", got " + v);
                        }
                        out.put(key, v);
                    } else {
                        if (!(e.getValue() instanceof String s) || s.isBlank()) {
                            throw new IllegalArgumentException("value of " + key + " must be a country code, got "
                                    + describe(e.getValue()));
                        }
                        out.put(key, country(s));
                    }
                }
                return Collections.unmodifiableMap(out);
            }
        }
    }

    private static String country(String s) {
        String c = Countries.iso3(s);
        if (c == null || c.length() != 3 || !c.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
            throw new IllegalArgumentException("'" + s.trim() + "' is not a country code (ISO 3166 alpha-3)");
        }
        return c;
    }

    static int asInt(Object raw, String message) {
        if (raw instanceof Integer i) {
            return i;
        }
        if (raw instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        throw new IllegalArgumentException(message + ", got " + describe(raw));
    }

    /** A short description of a YAML value for error messages (catalogue content, never personal data). */
    static String describe(Object raw) {
        if (raw == null) {
            return "nothing";
        }
        if (raw instanceof String s) {
            String t = s.length() > 40 ? s.substring(0, 40) + "..." : s;
            return "text '" + t + "'";
        }
        if (raw instanceof Map) {
            return "a map";
        }
        if (raw instanceof List) {
            return "a list";
        }
        if (raw instanceof Boolean || raw instanceof Number) {
            return String.valueOf(raw);
        }
        return "a " + raw.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}
