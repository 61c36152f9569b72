package org.spacecoop.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceHostsTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.esa.int/Newsroom/x, esa.int",
            "https://cnes.fr./en/projects/cfosat, cnes.fr",
            "HTTP://SpaceNews.com/a?b=c, spacenews.com",
            "https://example.org/a path with spaces, example.org",
            "not a url, (no host)"})
    void hostsAreComparedWithoutWwwCaseOrTrailingDot(String url, String host) {
        assertThat(ReferenceHosts.host(url)).isEqualTo(host);
    }

    private static Relation relation(String id, List<Passage> passages, String... urls) {
        List<Reference> refs = java.util.Arrays.stream(urls).map(u -> new Reference(u, "t")).toList();
        return new Relation(id, "a", "b", RelationType.OPERATES, null, Status.ACTIVE, null, null, null, false,
                Evidence.of(passages, refs));
    }

    @Test
    void countsReferencesPerHostAndTheRelationsThatRestOnOneHostAlone() {
        Entity e = new Entity("a", "A", List.of(), EntityKind.AGENCY, null, "d", null, null, Status.ACTIVE, false,
                Evidence.of(List.of(), List.of(new Reference("https://www.nasa.gov/x", "n"))));
        List<Relation> relations = List.of(
                relation("r1", List.of(), "https://mirror.example/1"),
                relation("r2", List.of(), "https://mirror.example/2", "https://www.nasa.gov/2"),
                relation("r3", List.of(), "https://nasa.gov/3", "https://nasa.gov/4"));

        List<ReferenceHosts.Host> hosts = ReferenceHosts.count(List.of(e), relations);

        assertThat(hosts).containsExactly(
                new ReferenceHosts.Host("nasa.gov", 4, 1),
                new ReferenceHosts.Host("mirror.example", 2, 1));
    }
}
