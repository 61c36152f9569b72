package org.spacecoop.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.between("esa", "esa")).isZero();
        assertThat(EditDistance.between("cnsa", "cnssa")).isEqualTo(1);
        assertThat(EditDistance.between("acitve", "active")).isEqualTo(1);
    }

    @Test
    void distanceToTheClosestPrefixStopsPastTheBound() {
        assertThat(EditDistance.toPrefix("mohamed bin rashid", "mohammed bin rashid space centre", 3)).isEqualTo(1);
        assertThat(EditDistance.toPrefix("tiangnog", "tiangong space station", 2)).isEqualTo(1);
        assertThat(EditDistance.toPrefix("tian", "tiangong", 2)).isZero();
        assertThat(EditDistance.toPrefix("roscosmos", "nasa", 2)).isEqualTo(3);
    }
}
