/**
 * Generates realistic PAXLST D05B and PNRGOV 13.1 interchanges with invented identities, plus the
 * facts they are expected to yield, for tests and load runs. Plain Java, seeded and reproducible;
 * scheduling and endpoints belong to the routes.
 */
package org.safepassage.ingest.simulator;
