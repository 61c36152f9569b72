package org.spacecoop.core.model;

/**
 * A source document. {@code file} is relative to data/sources and set for documents whose passages are quoted;
 * {@code text} holds that file's content once loaded (null otherwise).
 */
public record Source(String id, String title, String publisher, String date, String url, String kind,
                     String file, String text) {

    public boolean hasText() {
        return text != null;
    }
}
