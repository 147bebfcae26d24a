package org.safepassage.ingest;

import org.safepassage.manifest.model.Interchange;

/** Reads the raw bytes of an EDIFACT interchange (PAXLST or PNRGOV) into SafePassage's model. */
@FunctionalInterface
interface InterchangeParser {

    /**
     * @throws RejectedMessageException when nothing usable can be read (garbage, binary, no UNB/UNH ...)
     */
    Interchange parse(byte[] raw) throws RejectedMessageException;
}
