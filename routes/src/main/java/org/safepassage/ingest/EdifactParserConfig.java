package org.safepassage.ingest;

import java.util.Map;
import java.util.Set;

import org.safepassage.ingest.edifact.ParseOptions;
import org.safepassage.ingest.edifact.PassengerMessageParser;
import org.safepassage.ingest.edifact.UnparseableMessageException;
import org.safepassage.ingest.paxlst.PaxlstMapper;
import org.safepassage.ingest.pnrgov.PnrgovMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * SafePassage's own EDIFACT reader (see ingest.edifact) behind the ingest service, with the configured
 * change codes. The one place that knows both the syntax layer and the message types it reads: it
 * gives the parser the PAXLST and PNRGOV mappers.
 */
@Configuration
public class EdifactParserConfig {

    @Bean
    InterchangeParser interchangeParser(IngestProperties properties) {
        PassengerMessageParser parser = standardParser(
                ParseOptions.defaults().withChangeCodes(Set.copyOf(properties.changeDocumentCodes())));
        return raw -> {
            try {
                return parser.read(raw);
            } catch (UnparseableMessageException e) {
                throw new RejectedMessageException(e.getMessage(), e);
            }
        };
    }

    /** The parser the service reads with: PAXLST and PNRGOV messages, the rest skipped with a warning. */
    public static PassengerMessageParser standardParser(ParseOptions options) {
        return new PassengerMessageParser(options, Map.of("PAXLST", PaxlstMapper::new, "PNRGOV", PnrgovMapper::new));
    }
}
