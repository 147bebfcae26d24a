package org.safepassage.manifest.model;

/** Mode of a leg, from the TDT transport stage qualifier ({@code 20} air, {@code 11} land). */
public enum TransportMode {
    AIR,
    LAND,
    OTHER
}
