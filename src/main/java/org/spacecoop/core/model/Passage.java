package org.spacecoop.core.model;

/**
 * A stretch of a source document: [start, end) character offsets into {@link Source#text()}.
 * {@code curated} is true for quotes written into the dataset as evidence, false for sentences found by alias matching.
 */
public record Passage(String sourceId, int start, int end, String text, boolean curated) {
}
