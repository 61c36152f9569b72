package org.spacecoop.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/**
 * What a hypothetical removal of actors does to a graph view.
 *
 * @param removed          the removed entities (those of the request that were in the view)
 * @param fallout          entities removed with them: their parts, and the programs only they led
 * @param lostRelations    relations of the view touching a removed entity or its fallout
 * @param blocLosses       programs left without any partner from a bloc they had partners from
 * @param anchor           the entity reachability is measured from, if one was chosen
 * @param cutOff           entities connected to the anchor before (ignoring directions) and not after
 * @param componentsBefore connected components of the view, ignoring directions
 * @param componentsAfter  the same without the removed entities
 * @param largestBefore    entities in the largest component before
 * @param largestAfter     the same after
 * @param changes          per measure, the entities whose score changed most
 */
public record WhatIfReport(List<Entity> removed, List<Fallout> fallout, List<Relation> lostRelations, List<BlocLoss> blocLosses,
                           Optional<Entity> anchor, List<Entity> cutOff, int componentsBefore, int componentsAfter,
                           int largestBefore, int largestAfter, List<MeasureChange> changes) {

    public WhatIfReport {
        removed = List.copyOf(removed);
        fallout = List.copyOf(fallout);
        lostRelations = List.copyOf(lostRelations);
        blocLosses = List.copyOf(blocLosses);
        cutOff = List.copyOf(cutOff);
        changes = List.copyOf(changes);
    }

    /** Every entity gone: the removed ones and their fallout. */
    public List<Entity> allRemoved() {
        List<Entity> all = new ArrayList<>(removed);
        for (Fallout f : fallout) all.add(f.entity());
        return all;
    }

    /** An entity that goes with the removed ones, and why ("part of United States", "led only by NASA"). */
    public record Fallout(Entity entity, String reason) {
    }

    /** A program that had partners from {@code bloc} and has none left; {@code lostPartners} are those it had. */
    public record BlocLoss(Entity program, String bloc, List<Entity> lostPartners) {
        public BlocLoss {
            lostPartners = List.copyOf(lostPartners);
        }
    }

    /** An entity's score and rank before and after the removal. */
    public record Mover(Entity entity, double before, double after, int rankBefore, int rankAfter) {
        public double change() {
            return after - before;
        }
    }

    /** The largest movers under one measure, biggest absolute change first. */
    public record MeasureChange(Measure measure, List<Mover> movers) {
        public MeasureChange {
            movers = List.copyOf(movers);
        }
    }
}
