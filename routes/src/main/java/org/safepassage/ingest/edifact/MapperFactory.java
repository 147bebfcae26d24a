package org.safepassage.ingest.edifact;

/**
 * Makes the {@link MessageMapper} for one message of the type it is given to
 * {@link PassengerMessageParser} for. The caller of the parser chooses the mappers by message type
 * (the type in UNH, e.g. {@code PAXLST}); this layer knows none of them.
 */
@FunctionalInterface
public interface MapperFactory {

    /** A new mapper for one message: UNH has been read, its body segments follow. */
    MessageMapper create(MessageContext context);
}
