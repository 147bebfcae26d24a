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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rule catalogue file ({@code config/rules/minor-protection.yml} by default) behind the assessor. A changed
 * file is picked up without a restart (checked every few seconds, or at once through the reload endpoint); a file
 * that does not validate is refused with its reason and the previous catalogue stays in force.
 */
@Component
public class RuleCatalogueSource {

    private static final Logger log = LoggerFactory.getLogger(RuleCatalogueSource.class);

    private final Path file;
    private final MinorProtectionAssessor assessor;
    private volatile FileTime loadedModified;

    public RuleCatalogueSource(@Value("${safepassage.protection.rule-catalogue:./config/rules/minor-protection.yml}") Path file)
            throws InvalidRuleCatalogueException, IOException {
        this.file = file;
        this.loadedModified = Files.getLastModifiedTime(file);
        RuleCatalogue catalogue = RuleCatalogue.load(file);
        this.assessor = new MinorProtectionAssessor(catalogue);
        log.info("rule catalogue {} version {} loaded", file, catalogue.version());
    }

    public MinorProtectionAssessor assessor() {
        return assessor;
    }

    public Path file() {
        return file;
    }

    /** Loads the file again; on a validation error the previous catalogue stays and the error is thrown. */
    public synchronized RuleCatalogue reload() throws InvalidRuleCatalogueException, IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        RuleCatalogue catalogue = RuleCatalogue.load(file);
        String previous = assessor.catalogue().version();
        assessor.use(catalogue);
        loadedModified = modified;
        log.info("rule catalogue reloaded: version {} (was {})", catalogue.version(), previous);
        return catalogue;
    }

    /** Reloads when the file changed since it was last loaded. */
    public void reloadIfChanged() {
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
