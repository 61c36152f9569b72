package org.spacecoop.core.synthetic;

import java.util.SplittableRandom;

import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/** Frequencies of kinds, types and statuses in the bundled dataset (counted in 2025), for synthetic data. */
final class Weighted {

    static final EntityKind[] HUB_KINDS = {EntityKind.PROGRAM, EntityKind.AGENCY, EntityKind.STATION,
        EntityKind.COUNTRY, EntityKind.ALLIANCE, EntityKind.AGREEMENT, EntityKind.COUNTRY};

    static final EntityKind[] KINDS = {EntityKind.COUNTRY, EntityKind.VEHICLE, EntityKind.COMPANY, EntityKind.AGENCY,
        EntityKind.MISSION, EntityKind.INSTITUTE, EntityKind.PERSON, EntityKind.STATION, EntityKind.GOVERNMENT,
        EntityKind.INSTRUMENT, EntityKind.ORGANISATION, EntityKind.AGREEMENT, EntityKind.PROGRAM, EntityKind.ALLIANCE,
        EntityKind.STANDARD, EntityKind.EVENT};
    static final int[] KIND_WEIGHTS = {79, 25, 23, 21, 17, 13, 12, 10, 7, 7, 4, 4, 4, 3, 3, 2};

    static final RelationType[] TYPES = {RelationType.SIGNATORY_OF, RelationType.PART_OF, RelationType.DEVELOPS,
        RelationType.MEMBER_OF, RelationType.COOPERATES_ON, RelationType.PROVIDES_INSTRUMENT, RelationType.OPERATES,
        RelationType.CO_LEADS, RelationType.PROVIDES_LAUNCH, RelationType.PROVIDES_HARDWARE, RelationType.CREW_TRANSPORT,
        RelationType.PROPOSES, RelationType.COMPATIBLE_WITH, RelationType.TRAINS_WITH, RelationType.CONTRACTS,
        RelationType.DEPENDS_ON, RelationType.RESTORES_FUNDING, RelationType.BARTER_SEAT,
        RelationType.PROPOSES_CANCELLATION, RelationType.BANS, RelationType.TRACKS, RelationType.BASED_ON,
        RelationType.WITHDRAWS, RelationType.DECLINES, RelationType.HOSTS_PAYLOAD, RelationType.SUSPENDS,
        RelationType.INITIATES, RelationType.BLOCKS};
    static final int[] TYPE_WEIGHTS = {64, 59, 53, 51, 27, 24, 18, 16, 13, 11, 10, 9, 7, 4, 4, 3, 3, 3, 2, 2, 2, 2, 2,
        2, 2, 1, 1, 1};

    static final Status[] STATUSES = {Status.ACTIVE, Status.PLANNED, Status.HISTORICAL, Status.SPECULATIVE,
        Status.SUSPENDED, Status.PROPOSED, Status.CANCELLED};
    static final int[] STATUS_WEIGHTS = {195, 81, 78, 20, 20, 2, 2};

    private Weighted() {
    }

    static <T> T pick(T[] values, int[] weights, SplittableRandom random) {
        int total = 0;
        for (int w : weights) total += w;
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) return values[i];
        }
        return values[values.length - 1];
    }
}
