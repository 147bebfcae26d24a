package org.safepassage.ingest;

import java.util.Set;

import org.safepassage.ingest.edifact.ParseOptions;
import org.safepassage.ingest.edifact.PassengerMessageParser;
import org.safepassage.ingest.edifact.UnparseableMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** SafePassage's own EDIFACT reader (see ingest.edifact) behind the ingest service, with the configured change codes. */
@Configuration
public class EdifactParserConfig {

    @Bean
    InterchangeParser interchangeParser(IngestProperties properties) {
        PassengerMessageParser parser = new PassengerMessageParser(
                ParseOptions.defaults().withChangeCodes(Set.copyOf(properties.changeDocumentCodes())));
        return raw -> {
            try {
                return parser.read(raw);
            } catch (UnparseableMessageException e) {
                throw new RejectedMessageException(e.getMessage(), e);
            }
        };
    }
}
