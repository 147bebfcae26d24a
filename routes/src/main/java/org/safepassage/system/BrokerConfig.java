package org.safepassage.system;

import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
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
public class BrokerConfig {

    @Bean
    ArtemisConfigurationCustomizer safePassageBroker(
            @Value("${safepassage.broker.dead-letter-address:safepassage.dlq}") String deadLetterAddress,
            @Value("${safepassage.broker.max-delivery-attempts:10}") int maxDeliveryAttempts,
            @Value("${safepassage.broker.redelivery-delay-ms:1000}") long redeliveryDelay,
            @Value("${safepassage.broker.max-size-bytes:67108864}") long maxSizeBytes) {
        return configuration -> {
            configuration.setJournalSyncTransactional(true);
            configuration.setJournalSyncNonTransactional(true);
            configuration.setGracefulShutdownEnabled(true);
            configuration.setGracefulShutdownTimeout(10_000);
            AddressSettings settings = new AddressSettings()
                    .setDeadLetterAddress(org.apache.activemq.artemis.api.core.SimpleString.of(deadLetterAddress))
                    .setAutoCreateDeadLetterResources(false)
                    .setMaxDeliveryAttempts(maxDeliveryAttempts)
                    .setRedeliveryDelay(redeliveryDelay)
                    .setRedeliveryMultiplier(2.0)
                    .setMaxRedeliveryDelay(60_000)
                    .setMaxSizeBytes(maxSizeBytes)
                    .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE)
                    .setAutoCreateQueues(true)
                    .setAutoCreateAddresses(true);
            configuration.addAddressSetting("#", settings);
        };
    }
}
