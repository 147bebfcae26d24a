package org.safepassage.manifest.model;

/**
 * How an interchange was written.
 *
 * @param identifier        syntax identifier from UNB, e.g. {@code UNOA}, {@code UNOC}, {@code IATA}
 * @param version           syntax version number from UNB, e.g. {@code 4}
 * @param serviceCharacters the six service characters actually used to read the body, in UNA order:
 *                          component, element, decimal mark, release, repetition, segment terminator
 *                          (a space in the release or repetition position means "none")
 * @param charset           how the bytes were decoded: {@code UTF-8}, or {@code ISO-8859-1} when they
 *                          were not valid UTF-8
 */
public record SyntaxInfo(String identifier, String version, String serviceCharacters, String charset) {
}
