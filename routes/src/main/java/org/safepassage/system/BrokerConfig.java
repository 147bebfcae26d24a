package org.safepassage.system;

import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded ActiveMQ Artemis broker of the default deployment: a persistent journal under the data directory,
 * synchronous writes (a message the broker accepted survives {@code kill -9}), paging instead of refusing producers
 * when a backlog builds up, and a broker-level dead-letter address as the last safety net behind the routes' own
 * error handling.
 */
@Configuration
@ConditionalOnProperty(name = "spring.artemis.mode", havingValue = "embedded")
class BrokerConfig {

    @Bean
    ArtemisConfigurationCustomizer safePassageBroker(BrokerProperties broker) {
        return configuration -> {
            boolean journalSync = broker.journalSync();
            configuration.setJournalSyncTransactional(journalSync);
            configuration.setJournalSyncNonTransactional(journalSync);
            configuration.setGracefulShutdownEnabled(true);
            configuration.setGracefulShutdownTimeout(10_000);
            AddressSettings settings = new AddressSettings()
                    .setDeadLetterAddress(org.apache.activemq.artemis.api.core.SimpleString.of(broker.deadLetterAddress()))
                    .setAutoCreateDeadLetterResources(false)
                    // SafePassage never sets an expiry on a message; naming the broker's own expiry queue anyway
                    // keeps the broker from warning about every queue at every start (AMQ222166)
                    .setExpiryAddress(org.apache.activemq.artemis.api.core.SimpleString.of("ExpiryQueue"))
                    .setAutoCreateExpiryResources(false)
                    .setMaxDeliveryAttempts(broker.maxDeliveryAttempts())
                    .setRedeliveryDelay(broker.redeliveryDelayMs())
                    .setRedeliveryMultiplier(2.0)
                    .setMaxRedeliveryDelay(60_000)
                    .setMaxSizeBytes(broker.maxSizeBytes())
                    .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE)
                    .setAutoCreateQueues(true)
                    .setAutoCreateAddresses(true);
            configuration.addAddressSetting("#", settings);
        };
    }
}
