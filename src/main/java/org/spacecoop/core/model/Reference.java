package org.spacecoop.core.model;

/** A web reference supporting a claim, from the facts sheet. */
public record Reference(String url, String title) {
}
