package org.spacecoop.core.analysis;

import org.spacecoop.core.model.Entity;

/** An entity's score under a measure and its rank (1 = highest; equal scores share a rank, "1224" style). */
public record RankedEntity(Entity entity, double score, int rank) {
}
