package org.safepassage;

import org.safepassage.system.PasswordHashCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * SafePassage: ingests passenger data (PAXLST, PNRGOV) and document reads from the border systems' queues,
 * verifies travel documents, and raises referrals to border officers when a child may be at risk.
 *
 * <p>{@code java -jar safepassage.jar} runs the service; {@code java -jar safepassage.jar hash-password} prints the
 * encoded hash of a password for an account's configuration, and starts nothing.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SafePassageApplication {

    public static void main(String[] args) {
        if (args.length > 0 && PasswordHashCommand.NAME.equals(args[0])) {
            // unbuffered: a script that pipes two passwords into two commands gives each its own line
            System.exit(PasswordHashCommand.run(System.console(), new java.io.FileInputStream(java.io.FileDescriptor.in),
                    System.out, System.err));
        }
        SpringApplication.run(SafePassageApplication.class, args);
    }
}
