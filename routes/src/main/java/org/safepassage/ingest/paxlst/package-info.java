/**
 * UN/EDIFACT PAXLST (Advance Passenger Information) into the manifest model: D02B, D03B, D05B and
 * later directories, version read from UNH. Unknown qualifiers and segments are kept as warnings,
 * never a failure.
 */
package org.safepassage.ingest.paxlst;
