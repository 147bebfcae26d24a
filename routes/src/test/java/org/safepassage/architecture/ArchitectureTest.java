package org.safepassage.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import org.junit.jupiter.api.Test;

/**
 * The shape the code keeps (README, Architecture): packages by feature without cycles, in both modules; the rule
 * engine and the document verifier free of Spring and Camel; controllers that do no SQL; every table written only by
 * the package that owns it.
 */
class ArchitectureTest {

    /** Main code of both modules: the service's classes and the mrtd jar (not its test fixtures' jar). */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/mrtd/target/test-classes"))
            .importPackages("org.safepassage");
    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.safepassage");

    /** Which package writes which table; no other package may. */
    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("inbound_message", "ingest"), Map.entry("message_warning", "ingest"),
            Map.entry("applied_message", "ingest"),
            Map.entry("flight", "manifest"), Map.entry("traveller", "manifest"), Map.entry("booking", "manifest"),
            Map.entry("list_part", "manifest"),
            Map.entry("referral", "referral"), Map.entry("referral_indicator", "referral"),
            Map.entry("referral_event", "referral"),
            Map.entry("document_read", "documents"), Map.entry("audit_event", "audit"));

    @Test
    void thePackagesOfTheServiceHaveNoCycles() {
        slices().assignedFrom(packagesUnder("org.safepassage")).should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void thePackagesOfTheDocumentVerifierHaveNoCycles() {
        slices().assignedFrom(packagesUnder("org.safepassage.mrtd")).should().beFreeOfCycles().check(MAIN);
    }

    /** One slice per package below {@code root}, the root package itself included (its classes use the others). */
    private static SliceAssignment packagesUnder(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (name.equals(root) || name.startsWith(root + ".")) {
                    return SliceIdentifier.of(name.equals(root) ? "(root)" : name.substring(root.length() + 1));
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages under " + root;
            }
        };
    }

    @Test
    void theRuleEngineAndTheVerifierKnowNoSpringAndNoCamel() {
        noClasses().that().resideInAnyPackage("org.safepassage.protection..", "org.safepassage.mrtd..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..")
                .check(MAIN);
    }

    @Test
    void controllersDoNoSql() {
        noClasses().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .or().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(MAIN);
    }

    @Test
    void everyTableIsWrittenByTheFeatureThatOwnsIt() throws IOException {
        Pattern write = Pattern.compile("(?i)\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO)\\s+([a-z_]+)\\b");
        Path root = Path.of("routes/src/main/java/org/safepassage");
        List<String> wrongOwner = new ArrayList<>();
        int writes = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = root.relativize(file).getName(0).toString();
                Matcher m = write.matcher(Files.readString(file));
                while (m.find()) {
                    String table = m.group(1).toLowerCase();
                    if (!OWNERS.containsKey(table)) {
                        continue; // "UPDATE" in prose, "update ... FOR UPDATE" clauses
                    }
                    writes++;
                    if (!OWNERS.get(table).equals(feature)) {
                        wrongOwner.add(file + " writes " + table + " (owned by " + OWNERS.get(table) + ")");
                    }
                }
            }
        }
        assertThat(writes).as("the scan finds the writes").isGreaterThan(20);
        assertThat(wrongOwner).isEmpty();
    }
}
