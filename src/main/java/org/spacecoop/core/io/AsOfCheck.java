package org.spacecoop.core.io;

import java.time.LocalDate;
import java.util.List;

import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Source;
import org.spacecoop.core.model.Status;

/**
 * The rules for a dataset's {@code asOf} date: not in the future, and not before the newest dated fact. A dated
 * fact is a source's publication date, the start of anything that has begun (status historical, active, suspended
 * or cancelled) and the end of anything that has ended (historical, suspended, cancelled); the dates of plans,
 * proposals and scenarios lie ahead by nature and do not count.
 */
final class AsOfCheck {

    private AsOfCheck() {
    }

    /** What is wrong with {@code asOf}, or null when nothing is. */
    static String problem(PartialDate asOf, LocalDate today, List<Source> sources, List<Entity> entities,
                          List<Relation> relations) {
        if (asOf.first().isAfter(today)) return "asOf " + asOf + " is in the future (today is " + today + ")";
        Newest newest = new Newest();
        for (Source s : sources) newest.offer(PartialDate.parseOrNull(s.date()), "source " + s.id() + " is dated");
        for (Entity e : entities) {
            if (begun(e.status())) newest.offer(e.start(), "entity " + e.id() + " starts");
            if (ended(e.status())) newest.offer(e.end(), "entity " + e.id() + " ends");
        }
        for (Relation r : relations) {
            if (begun(r.status())) newest.offer(r.start(), "relation " + r.id() + " starts");
            if (ended(r.status())) newest.offer(r.end(), "relation " + r.id() + " ends");
        }
        if (newest.date == null || !asOf.endsBefore(newest.date)) return null;
        return "asOf " + asOf + " is before the newest dated fact: " + newest.what + " " + newest.date;
    }

    private static boolean begun(Status s) {
        return s == Status.HISTORICAL || s == Status.ACTIVE || ended(s);
    }

    private static boolean ended(Status s) {
        return s == Status.HISTORICAL || s == Status.SUSPENDED || s == Status.CANCELLED;
    }

    private static final class Newest {
        PartialDate date;
        String what;

        void offer(PartialDate d, String what) {
            if (d == null || (date != null && d.first().compareTo(date.first()) <= 0)) return;
            date = d;
            this.what = what;
        }
    }
}
