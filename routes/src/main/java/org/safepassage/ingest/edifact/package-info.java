/**
 * The EDIFACT syntax layer and the entry point for passenger data. It knows no message types: the
 * caller gives {@link org.safepassage.ingest.edifact.PassengerMessageParser} a mapper per message
 * type, and the parser hands the segments of each message to the mapper for the type named in its
 * UNH (the service's PAXLST and PNRGOV mappers are chosen in
 * {@code org.safepassage.ingest.EdifactParserConfig}).
 *
 * <ul>
 *   <li>{@link org.safepassage.ingest.edifact.PassengerMessageParser}: bytes in, an
 *       {@link org.safepassage.manifest.model.Interchange} out: envelope, message boundaries and
 *       control counts; a message of a type without a mapper is skipped with a warning;
 *       {@link org.safepassage.ingest.edifact.UnparseableMessageException} is the only exception.</li>
 *   <li>{@link org.safepassage.ingest.edifact.EdifactReader} and
 *       {@link org.safepassage.ingest.edifact.Segment}: the syntax layer (separators, release
 *       character, repetition, the real-world deviations), fuzz-tested on its own.</li>
 *   <li>{@link org.safepassage.ingest.edifact.MapperFactory} and
 *       {@link org.safepassage.ingest.edifact.MessageMapper}: what a message type's mapper
 *       implements; {@link org.safepassage.ingest.edifact.MessageContext} what it is given.</li>
 *   <li>{@link org.safepassage.ingest.edifact.EdifactDates},
 *       {@link org.safepassage.ingest.edifact.Values} and
 *       {@link org.safepassage.ingest.edifact.Warnings}: the dates, numbers, codes and warnings
 *       every mapper reads and writes the same way.</li>
 * </ul>
 *
 * <p>Why a plain character scanner and not StAEDI: StAEDI 1.26 mis-reads {@code UNA:+.? '} under
 * syntax 4, fails fatally on a UNA that contradicts the body and on a space between a tag and its
 * separator, and needs relaxed validation and an ISO-8859-1 fallback; it would only work behind a
 * pre-normaliser that already does most of what this scanner does. The scanner decodes once,
 * records separator positions per segment and materialises strings only for the values the mappers
 * read. See {@code org.safepassage.ingest.bench.ParseBenchmark} for the throughput figures.
 */
package org.safepassage.ingest.edifact;
