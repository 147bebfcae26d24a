package org.safepassage.referral;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.safepassage.protection.InvalidRuleCatalogueException;
import org.safepassage.protection.MinorProtectionAssessor;
import org.safepassage.protection.RuleCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The rule catalogue behind the assessor: the file {@code safepassage.protection.rule-catalogue}
 * ({@code ./config/rules/minor-protection.yml} by default) when it exists, else the catalogue built into the jar
 * (the repository's {@code config/rules/minor-protection.yml} as released). A changed or new file is picked up
 * without a restart (checked every few seconds, or at once through the reload endpoint); a file that does not
 * validate is refused with its reason and the previous catalogue stays in force.
 */
@Component
class RuleCatalogueSource {

    private static final Logger log = LoggerFactory.getLogger(RuleCatalogueSource.class);

    private final Path file;
    private final MinorProtectionAssessor assessor;
    private volatile FileTime loadedModified;

    /** The catalogue in the jar, used while no file is configured. */
    static final String BUILT_IN = "rules/minor-protection.yml";

    public RuleCatalogueSource(AssessmentProperties properties) throws InvalidRuleCatalogueException, IOException {
        Path file = properties.ruleCatalogue();
        this.file = file;
        RuleCatalogue catalogue;
        if (Files.exists(file)) {
            this.loadedModified = Files.getLastModifiedTime(file);
            catalogue = RuleCatalogue.load(file);
            log.info("rule catalogue {} version {} loaded", file, catalogue.version());
        } else {
            catalogue = builtIn();
            log.info("rule catalogue version {} built into the service loaded ({} does not exist; a file put there "
                    + "is picked up without a restart)", catalogue.version(), file);
        }
        this.assessor = new MinorProtectionAssessor(catalogue);
    }

    static RuleCatalogue builtIn() throws InvalidRuleCatalogueException, IOException {
        try (var in = RuleCatalogueSource.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IOException("the built-in rule catalogue " + BUILT_IN + " is missing from the service");
            }
            return RuleCatalogue.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    "built-in " + BUILT_IN);
        }
    }

    public MinorProtectionAssessor assessor() {
        return assessor;
    }

    /** The assessor the service assesses flights with, fed by this catalogue. */
    @org.springframework.context.annotation.Configuration
    static class AssessorConfig {

        @org.springframework.context.annotation.Bean
        MinorProtectionAssessor minorProtectionAssessor(RuleCatalogueSource source) {
            return source.assessor();
        }
    }

    public Path file() {
        return file;
    }

    /** Loads the file again; on a validation error the previous catalogue stays and the error is thrown. */
    public synchronized RuleCatalogue reload() throws InvalidRuleCatalogueException, IOException {
        if (!Files.exists(file)) {
            throw new IOException("there is no rule catalogue file " + file + " to reload; the built-in catalogue stays in force");
        }
        FileTime modified = Files.getLastModifiedTime(file);
        RuleCatalogue catalogue = RuleCatalogue.load(file);
        String previous = assessor.catalogue().version();
        assessor.use(catalogue);
        loadedModified = modified;
        log.info("rule catalogue reloaded: version {} (was {})", catalogue.version(), previous);
        return catalogue;
    }

    /** Reloads when the file changed since it was last loaded (or appeared). */
    public void reloadIfChanged() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(loadedModified)) {
                loadedModified = modified;
                reload();
            }
        } catch (InvalidRuleCatalogueException e) {
            log.error("rule catalogue {} refused, version {} stays in force: {}", file, assessor.catalogue().version(),
                    e.getMessage());
        } catch (IOException e) {
            log.error("rule catalogue {} cannot be read, version {} stays in force: {}", file,
                    assessor.catalogue().version(), e.getMessage());
        }
    }
}
