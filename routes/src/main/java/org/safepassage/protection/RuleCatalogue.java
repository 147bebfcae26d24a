package org.safepassage.protection;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The minor-protection rule catalogue: version, threshold, majority ages, and one entry per indicator
 * (description, weight, decisive, enabled, source, parameters). Read from YAML
 * ({@code config/rules/minor-protection.yml}) and checked in full: an unknown or missing code, a missing
 * weight, a parameter of the wrong type, an unknown key are rejected with a message naming the entry.
 * Immutable and thread-safe.
 */
public final class RuleCatalogue {

    /** Where the service finds the catalogue, relative to its working directory. */
    public static final Path DEFAULT_LOCATION = Path.of("config", "rules", "minor-protection.yml");

    /** Majority ages outside this range are rejected (a child is under 18 everywhere: UNCRC art. 1). */
    static final int MIN_MAJORITY = 18;
    static final int MAX_MAJORITY = 25;

    private static final Set<String> TOP_KEYS = Set.of("version", "description", "threshold", "majorityAge", "indicators");
    private static final Set<String> MAJORITY_KEYS = Set.of("default", "byCountry");
    private static final Set<String> ENTRY_KEYS = Set.of("code", "description", "weight", "decisive", "enabled", "source",
            "parameters");

    private final String version;
    private final String origin;
    private final String digest;
    private final int threshold;
    private final int defaultMajorityAge;
    private final Map<String, Integer> majorityAgeByCountry;
    private final Map<String, RuleDefinition> rules;
    private final List<RuleDefinition> enabled;
    private final int maximumPlausibleAge;
    private final boolean pnrWithoutAgeMayBeMinor;

    private RuleCatalogue(String version, String origin, String digest, int threshold, int defaultMajorityAge,
                          Map<String, Integer> majorityAgeByCountry, Map<String, RuleDefinition> rules) {
        this.version = version;
        this.origin = origin;
        this.digest = digest;
        this.threshold = threshold;
        this.defaultMajorityAge = defaultMajorityAge;
        this.majorityAgeByCountry = Collections.unmodifiableMap(majorityAgeByCountry);
        this.rules = Collections.unmodifiableMap(rules);
        this.enabled = rules.values().stream().filter(RuleDefinition::enabled).toList();
        this.maximumPlausibleAge = rules.get("M13").integer("maximumPlausibleAge");
        this.pnrWithoutAgeMayBeMinor = rules.get("M1").bool("pnrWithoutAgeMayBeMinor");
    }

    /** Reads and checks a catalogue file (UTF-8). */
    public static RuleCatalogue load(Path yaml) throws InvalidRuleCatalogueException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(yaml);
        } catch (IOException e) {
            throw new InvalidRuleCatalogueException(yaml + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRuleCatalogueException(yaml + ": not UTF-8 text", e);
        }
        return parse(text, yaml.toString());
    }

    /**
     * Parses and checks a catalogue.
     *
     * @param yaml   the catalogue text
     * @param origin where it came from (a path or a name), used in messages
     */
    public static RuleCatalogue parse(String yaml, String origin) throws InvalidRuleCatalogueException {
        String where = origin == null ? "rule catalogue" : origin;
        if (yaml == null || yaml.isBlank()) {
            throw new InvalidRuleCatalogueException(where + ": empty");
        }
        Object tree;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(20);
            options.setAllowRecursiveKeys(false);
            options.setNestingDepthLimit(20);
            options.setCodePointLimit(2_000_000);
            tree = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (RuntimeException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().trim();
            if (msg.length() > 300) {
                msg = msg.substring(0, 300) + "...";
            }
            throw new InvalidRuleCatalogueException(where + ": not valid YAML: " + msg, e);
        }
        try {
            return build(tree, where, sha256(yaml));
        } catch (Invalid e) {
            throw new InvalidRuleCatalogueException(where + ": " + e.getMessage());
        }
    }

    /** A checking failure, turned into an {@link InvalidRuleCatalogueException} with the origin. */
    private static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private static RuleCatalogue build(Object tree, String origin, String digest) throws Invalid {
        Map<String, Object> root = map(tree, "the catalogue");
        unknownKeys(root, TOP_KEYS, "the catalogue");

        Object v = root.get("version");
        if (v == null || !(v instanceof String || v instanceof Number) || String.valueOf(v).isBlank()) {
            throw new Invalid("version must be given as a text (e.g. version: \"2025.1\"), got "
                    + ParameterSpec.describe(v));
        }
        String version = String.valueOf(v).trim();
        if (root.containsKey("description") && !(root.get("description") instanceof String)) {
            throw new Invalid("description must be a text");
        }
        int threshold = integer(root.get("threshold"), "threshold", 1);

        int defaultMajority = 18;
        Map<String, Integer> byCountry = new LinkedHashMap<>();
        if (root.get("majorityAge") != null) {
            Map<String, Object> m = map(root.get("majorityAge"), "majorityAge");
            unknownKeys(m, MAJORITY_KEYS, "majorityAge");
            if (m.containsKey("default")) {
                defaultMajority = majority(m.get("default"), "majorityAge.default");
            }
            if (m.get("byCountry") != null) {
                for (Map.Entry<String, Object> e : map(m.get("byCountry"), "majorityAge.byCountry").entrySet()) {
                    String code = Countries.iso3(e.getKey());
                    if (code == null || code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                        throw new Invalid("majorityAge.byCountry: '" + e.getKey() + "' is not a country code (ISO 3166 alpha-3)");
                    }
                    byCountry.put(code, majority(e.getValue(), "majorityAge.byCountry." + code));
                }
            }
        }

        Object list = root.get("indicators");
        if (!(list instanceof List<?> entries)) {
            throw new Invalid("indicators must be a list of indicator entries, got " + ParameterSpec.describe(list));
        }
        Map<String, RuleDefinition> rules = new java.util.TreeMap<>(Rules::catalogueOrder);
        for (int i = 0; i < entries.size(); i++) {
            String label = "indicators[" + (i + 1) + "]";
            Map<String, Object> entry = map(entries.get(i), label);
            Object rawCode = entry.get("code");
            if (!(rawCode instanceof String codeText) || codeText.isBlank()) {
                throw new Invalid(label + ": code is missing");
            }
            String code = codeText.trim();
            if (Rules.of(code) == null) {
                throw new Invalid(label + ": unknown indicator code '" + shorten(code) + "' (known: "
                        + String.join(", ", Rules.ALL.keySet()) + ")");
            }
            label = label + " (" + code + ")";
            if (rules.containsKey(code)) {
                throw new Invalid(label + ": indicator " + code + " is defined twice");
            }
            rules.put(code, entry(entry, code, label));
        }
        List<String> missing = new ArrayList<>();
        for (String c : Rules.ALL.keySet()) {
            if (!rules.containsKey(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            throw new Invalid("indicator" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " missing (list every indicator; switch one off with enabled: false)");
        }
        return new RuleCatalogue(version, origin, digest, threshold, defaultMajority, byCountry, rules);
    }

    private static RuleDefinition entry(Map<String, Object> e, String code, String label) throws Invalid {
        unknownKeys(e, ENTRY_KEYS, label);
        String description = text(e.get("description"), label + ": description");
        if (!e.containsKey("weight")) {
            throw new Invalid(label + ": weight is missing");
        }
        int weight = integer(e.get("weight"), label + ": weight", 0);
        boolean decisive = bool(e.get("decisive"), false, label + ": decisive");
        boolean enabled = bool(e.get("enabled"), true, label + ": enabled");
        String source = text(e.get("source"), label + ": source");
        Rule rule = Rules.of(code);
        if (!rule.countsTowardsScore() && (weight != 0 || decisive)) {
            throw new Invalid(label + ": " + code + " never counts towards the score: weight must be 0 and decisive false");
        }
        Map<String, Object> given = e.get("parameters") == null ? Map.of() : map(e.get("parameters"), label + ": parameters");
        Map<String, ParameterSpec> specs = new LinkedHashMap<>();
        for (ParameterSpec s : rule.parameters()) {
            specs.put(s.name(), s);
        }
        for (String name : given.keySet()) {
            if (!specs.containsKey(name)) {
                throw new Invalid(label + ": unknown parameter '" + shorten(name) + "'"
                        + (specs.isEmpty() ? " (this indicator takes no parameters)" : " (accepted: "
                        + String.join(", ", specs.keySet()) + ")"));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec s : specs.values()) {
            Object raw = given.get(s.name());
            if (raw == null) {
                values.put(s.name(), s.defaultValue());
                continue;
            }
            try {
                values.put(s.name(), s.convert(raw));
            } catch (IllegalArgumentException ex) {
                throw new Invalid(label + ": parameter " + s.name() + " " + ex.getMessage());
            }
        }
        return new RuleDefinition(code, description, weight, decisive, enabled, source, values);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String what) throws Invalid {
        if (!(o instanceof Map<?, ?> m)) {
            throw new Invalid(what + " must be a map, got " + ParameterSpec.describe(o));
        }
        for (Object k : m.keySet()) {
            if (!(k instanceof String)) {
                throw new Invalid(what + ": keys must be texts, got " + ParameterSpec.describe(k));
            }
        }
        return (Map<String, Object>) m;
    }

    private static void unknownKeys(Map<String, Object> m, Set<String> allowed, String what) throws Invalid {
        for (String k : m.keySet()) {
            if (!allowed.contains(k)) {
                throw new Invalid(what + ": unknown key '" + shorten(k) + "' (accepted: "
                        + allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    private static int integer(Object o, String what, int min) throws Invalid {
        int v;
        try {
            v = ParameterSpec.asInt(o, what + " must be an integer");
        } catch (IllegalArgumentException e) {
            throw new Invalid(e.getMessage());
        }
        if (v < min) {
            throw new Invalid(what + " must be at least " + min + ", got " + v);
        }
        return v;
    }

    private static int majority(Object o, String what) throws Invalid {
        int v = integer(o, what, MIN_MAJORITY);
        if (v > MAX_MAJORITY) {
            throw new Invalid(what + " must be at most " + MAX_MAJORITY + ", got " + v);
        }
        return v;
    }

    private static boolean bool(Object o, boolean absent, String what) throws Invalid {
        if (o == null) {
            return absent;
        }
        if (o instanceof Boolean b) {
            return b;
        }
        throw new Invalid(what + " must be true or false, got " + ParameterSpec.describe(o));
    }

    private static String text(Object o, String what) throws Invalid {
        if (!(o instanceof String s) || s.isBlank()) {
            throw new Invalid(what + " is missing (a text is required)");
        }
        return s.trim();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The catalogue's version, recorded on every assessment made with it. */
    public String version() {
        return version;
    }

    /** Where the catalogue was read from. */
    public String origin() {
        return origin;
    }

    /** SHA-256 (lower-case hex) of the catalogue text: tells two files with the same version apart. */
    public String digest() {
        return digest;
    }

    /** Score at which a referral is warranted for a (possible) minor. */
    public int threshold() {
        return threshold;
    }

    /** Majority age where no country entry applies. */
    public int defaultMajorityAge() {
        return defaultMajorityAge;
    }

    /** Majority ages by country (ISO 3166 alpha-3). */
    public Map<String, Integer> majorityAgeByCountry() {
        return majorityAgeByCountry;
    }

    /** The majority age for a country code (alpha-2 or alpha-3), or the default. */
    public int majorityAge(String country) {
        if (country == null) {
            return defaultMajorityAge;
        }
        Integer v = majorityAgeByCountry.get(Countries.iso3(country));
        return v == null ? defaultMajorityAge : v;
    }

    /** Every indicator entry, in catalogue order (M1 ... M13, D1), enabled or not. */
    public List<RuleDefinition> rules() {
        return List.copyOf(rules.values());
    }

    /** The entry for a code such as {@code "M3"}, or {@code null}. */
    public RuleDefinition rule(String code) {
        return code == null ? null : rules.get(code.trim().toUpperCase(Locale.ROOT));
    }

    List<RuleDefinition> enabledRules() {
        return enabled;
    }

    int maximumPlausibleAge() {
        return maximumPlausibleAge;
    }

    boolean pnrWithoutAgeMayBeMinor() {
        return pnrWithoutAgeMayBeMinor;
    }

    @Override
    public String toString() {
        return "RuleCatalogue[" + version + " from " + origin + ", sha256 " + digest.substring(0, 12) + "]";
    }
}
