package org.safepassage.protection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every rule of the catalogue, by code: the classes of this package that implement {@link Rule}, found where this
 * package's classes are (a directory, a jar, or the service's own jar), one instance each. A new indicator needs no
 * entry here: its class and its catalogue entry are all. Sorted by code in catalogue order (M1, M2, ..., M13, D1).
 */
final class Rules {

    static final Map<String, Rule> ALL = discover();

    private Rules() {
    }

    /** The rule for a code, or {@code null}. */
    static Rule of(String code) {
        return ALL.get(code);
    }

    private static Map<String, Rule> discover() {
        List<String> classNames;
        try {
            classNames = classesBeside(Rule.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the rule classes of " + Rule.class.getPackageName(), e);
        }
        Map<String, Rule> byCode = new TreeMap<>(Rules::catalogueOrder);
        for (String name : classNames) {
            Rule rule = instance(name);
            if (rule != null && byCode.put(rule.code(), rule) != null) {
                throw new IllegalStateException("two rule classes claim indicator " + rule.code());
            }
        }
        if (byCode.isEmpty()) {
            throw new IllegalStateException("no rule class found beside " + Rule.class.getName());
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
    }

    /** M before D, then by number: M1, M2, ..., M13, D1. */
    static int catalogueOrder(String a, String b) {
        int letters = Character.compare(b.charAt(0), a.charAt(0));
        if (letters != 0) {
            return letters;
        }
        return Integer.compare(number(a), number(b)) != 0 ? Integer.compare(number(a), number(b)) : a.compareTo(b);
    }

    private static int number(String code) {
        String digits = code.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    private static Rule instance(String className) {
        Class<?> type;
        try {
            type = Class.forName(className, false, Rule.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        if (!Rule.class.isAssignableFrom(type) || type.isInterface() || Modifier.isAbstract(type.getModifiers())
                || type.isAnonymousClass() || type.isMemberClass() || type.isLocalClass()) {
            return null;
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Rule) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("rule class " + type.getSimpleName() + " needs a no-argument constructor", e);
        }
    }

    /** The names of the top-level classes in the same package (and place) as {@code anchor}. */
    private static List<String> classesBeside(Class<?> anchor) throws IOException {
        String packageName = anchor.getPackageName();
        URL url = anchor.getResource(anchor.getSimpleName() + ".class");
        if (url == null) {
            throw new IOException("no class file for " + anchor.getName());
        }
        List<String> names = new ArrayList<>();
        if ("file".equals(url.getProtocol())) {
            Path directory;
            try {
                directory = Path.of(url.toURI()).getParent();
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
            try (Stream<Path> files = Files.list(directory)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".class") && !n.contains("$"))
                        .forEach(n -> names.add(packageName + "." + n.substring(0, n.length() - ".class".length())));
            }
            return names;
        }
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar) {
            String prefix = jar.getEntryName().substring(0, jar.getEntryName().lastIndexOf('/') + 1);
            jar.setUseCaches(false);
            try (JarFile file = jar.getJarFile()) {
                for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                    String entry = entries.nextElement().getName();
                    if (entry.startsWith(prefix) && entry.endsWith(".class") && !entry.contains("$")
                            && entry.indexOf('/', prefix.length()) < 0) {
                        names.add(packageName + "." + entry.substring(prefix.length(), entry.length() - ".class".length()));
                    }
                }
            }
            return names;
        }
        throw new IOException("cannot list classes from " + url.getProtocol() + " URLs");
    }
}
