package org.safepassage.protection;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One indicator's entry in the rule catalogue, checked and with every parameter present (defaults filled
 * in).
 *
 * @param code        indicator code
 * @param description what the indicator means, for an officer
 * @param weight      what it adds to the score (always 0 for a rule that never counts, such as M13)
 * @param decisive    {@code true} when it alone warrants a referral for a (possible) minor
 * @param enabled     {@code false} to switch it off
 * @param source      where the rule comes from (convention, guideline, handbook), cited on referrals
 * @param parameters  parameter values by name, converted to their types
 */
public record RuleDefinition(
        String code,
        String description,
        int weight,
        boolean decisive,
        boolean enabled,
        String source,
        Map<String, Object> parameters) {

    public RuleDefinition {
        parameters = Map.copyOf(parameters);
    }

    int integer(String name) {
        return (Integer) get(name);
    }

    boolean bool(String name) {
        return (Boolean) get(name);
    }

    @SuppressWarnings("unchecked")
    List<String> texts(String name) {
        return (List<String>) get(name);
    }

    @SuppressWarnings("unchecked")
    Set<String> countries(String name) {
        return (Set<String>) get(name);
    }

    @SuppressWarnings("unchecked")
    Map<String, Integer> integerMap(String name) {
        return (Map<String, Integer>) get(name);
    }

    @SuppressWarnings("unchecked")
    Map<String, String> textMap(String name) {
        return (Map<String, String>) get(name);
    }

    private Object get(String name) {
        Object v = parameters.get(name);
        if (v == null) {
            throw new IllegalStateException("indicator " + code + " has no parameter " + name);
        }
        return v;
    }
}
