package org.safepassage.system;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where each flow reads and writes, as Camel endpoint URIs (README, Configuration). The routes name these keys as
 * property placeholders ({@link Endpoints}); the HTTP door and the referral publisher send to them.
 *
 * @param paxlstIn     PAXLST (API) messages arrive here
 * @param pnrgovIn     PNRGOV messages arrive here
 * @param directoryIn  a watched directory ({@code file:...}), or empty for none
 * @param referralsOut referral changes go here, for officers' systems
 * @param deadLetter   messages that cannot be processed go here, with the reason
 * @param documentReadsIn document-read events from booths and eGates arrive here (JSON)
 */
@ConfigurationProperties("safepassage.endpoints")
@Validated
public record EndpointProperties(@NotBlank String paxlstIn, @NotBlank String pnrgovIn,
                                 @DefaultValue("") String directoryIn, @NotBlank String referralsOut,
                                 @NotBlank String deadLetter,
                                 @DefaultValue("jms:queue:safepassage.document-reads.in") @NotBlank String documentReadsIn) {

    public boolean directoryConfigured() {
        return directoryIn != null && !directoryIn.isBlank();
    }
}
