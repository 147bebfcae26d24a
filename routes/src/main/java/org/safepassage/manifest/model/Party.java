package org.safepassage.manifest.model;

/**
 * A sender or recipient of an interchange (UNB), e.g. {@code DELTAMATIC:DL}: identification
 * {@code DELTAMATIC}, code qualifier {@code DL}.
 *
 * @param id        identification as written
 * @param qualifier partner identification code qualifier, or {@code null}
 */
public record Party(String id, String qualifier) {
}
