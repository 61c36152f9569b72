package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spacecoop.core.model.Dataset;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.PartialDate;
import org.spacecoop.core.model.ReferenceHosts;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

/** Consistency rules the bundled data keeps; each test names the rule and lists every relation that breaks it. */
class BundledDatasetRulesTest {

    private static Dataset data;
    private static Map<String, Entity> entities;

    @BeforeAll
    static void load() {
        data = DatasetReader.loadBundled();
        entities = data.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    private static List<String> breaking(java.util.function.Predicate<Relation> rule) {
        return data.relations().stream().filter(rule.negate()).map(Relation::id).toList();
    }

    @Test
    void aHistoricalRelationThatStartedAlsoEnded() {
        assertThat(DatasetWarnings.of("space-cooperation.json", data)).extracting(Problem::format).isEmpty();
    }

    @Test
    void onlyCountriesSignTheAccordsAndEachSignsOnce() {
        List<Relation> signatures = data.relations().stream()
                .filter(r -> r.type() == RelationType.SIGNATORY_OF && r.to().equals("artemis_accords")).toList();
        assertThat(signatures).extracting(r -> entities.get(r.from()).kind()).containsOnly(EntityKind.COUNTRY);
        assertThat(signatures).extracting(Relation::from).doesNotHaveDuplicates();
    }

    @Test
    void aPartDoesNotJoinBeforeTheWholeExists() {
        assertThat(breaking(r -> r.type() != RelationType.PART_OF || r.start() == null
                || entities.get(r.to()).start() == null || !r.start().endsBefore(entities.get(r.to()).start()))).isEmpty();
    }

    @Test
    void workOnASuspendedProgrammeIsSuspendedToo() {
        List<RelationType> work = List.of(RelationType.DEVELOPS, RelationType.PART_OF, RelationType.PROVIDES_HARDWARE);
        assertThat(breaking(r -> entities.get(r.to()).status() != Status.SUSPENDED || !work.contains(r.type())
                || r.status() == Status.SUSPENDED || r.status() == Status.CANCELLED)).isEmpty();
    }

    @Test
    void aLauncherLaunchesASpacecraftItDoesNotCarryItsCrew() {
        assertThat(breaking(r -> r.type() != RelationType.CREW_TRANSPORT
                || entities.get(r.to()).kind() != EntityKind.VEHICLE)).isEmpty();
    }

    /** "ESA depends on SpaceX" and "ESA depends on Falcon 9" are one claim: keep it on one of the two. */
    @Test
    void aClaimIsNotMadeBothAboutACompanyAndAboutWhatItBuilds() {
        Map<String, List<String>> builds = data.relations().stream().filter(r -> r.type() == RelationType.DEVELOPS)
                .collect(Collectors.groupingBy(Relation::from, Collectors.mapping(Relation::to, Collectors.toList())));
        assertThat(breaking(r -> data.relations().stream().noneMatch(o -> o != r && o.from().equals(r.from())
                && o.type() == r.type() && builds.getOrDefault(r.to(), List.of()).contains(o.to())))).isEmpty();
    }

    @Test
    void theSameLinkIsNotStatedTwice() {
        assertThat(data.relations()).extracting(r -> r.from() + " " + r.type().id() + " " + r.to() + " " + r.start())
                .doesNotHaveDuplicates();
    }

    /** Mirrors, scrapers and aggregators: a relation resting on them alone is marked unverified and says so. */
    private static final List<String> WEAK_HOSTS = List.of("theinfolist.com", "latlonginfo.com", "reddit.owo.si",
            "git.livingip.xyz", "grokipedia.com", "wikisum.wiki", "wikimili.com", "it.frwiki.wiki", "wil-news.com",
            "todayheadline.co", "capeverde.fivesixgroup.com");

    @Test
    void aRelationThatRestsOnlyOnWeakSitesIsMarkedUnverified() {
        assertThat(breaking(r -> !r.evidence().passages().isEmpty() || r.evidence().references().isEmpty()
                || !r.evidence().references().stream().allMatch(ref -> WEAK_HOSTS.contains(ReferenceHosts.host(ref.url())))
                || (r.unverified() && r.note().contains("weak source")))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "esa.initiates.european_launcher_challenge | still a few years away from lifting off",
            "us_whitehouse.proposes-cancellation.oco | critical scientific and climate satellites will be retired",
            "musk.proposes-cancellation.sls | canceling the world’s only operational Moon rocket",
            "cmsa.proposes.tiangong | China has been open to sending international astronauts",
            "cty_fr.member-of.esa | the space agency's second largest funding contributor"})
    void eachOfTheOpEdsClaimsHasARelationWithItsQuoteAndAReference(String id, String quote) {
        assertThat(data.relations()).filteredOn(r -> r.id().equals(id)).singleElement().satisfies(r -> {
            assertThat(r.evidence().passages()).anySatisfy(p -> assertThat(p.text()).contains(quote));
            assertThat(r.evidence().references()).isNotEmpty();
        });
    }

    @Test
    void theUaeSpaceAgencySignedTheAccordsForTheUae() {
        Entity uaesa = entities.get("uaesa");
        assertThat(uaesa.name()).isEqualTo("UAE Space Agency");
        assertThat(uaesa.kind()).isEqualTo(EntityKind.AGENCY);
        assertThat(uaesa.aliases()).contains("UAESA");
        assertThat(data.relations()).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo("uaesa.part-of.cty_ae");
            assertThat(r.note()).contains("signed the Artemis Accords for the UAE on 2020-10-13");
        });
        assertThat(data.relations()).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo("cty_ae.signatory-of.artemis_accords");
            assertThat(r.start()).isEqualTo(PartialDate.of("2020-10-13"));
            assertThat(r.note()).contains("UAE Space Agency");
        });
    }
}
