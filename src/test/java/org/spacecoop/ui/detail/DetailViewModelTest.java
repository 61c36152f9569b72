package org.spacecoop.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.ui.TestGraphs;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.task.CurrentThreadTaskExecutor;

/** The detail panel's content, worked out without the toolkit. */
class DetailViewModelTest {

    private final ExplorerViewModel explorer = new ExplorerViewModel(new CurrentThreadTaskExecutor());
    private final DetailViewModel vm = new DetailViewModel(explorer);
    private final CooperationGraph g = TestGraphs.opEd();

    @Test
    void loadingThenTheDatasetOverview() {
        assertThat(vm.getContent()).isInstanceOf(DetailContent.Loading.class);
        explorer.setGraph(g);
        assertThat(vm.getContent()).isEqualTo(new DetailContent.Overview("Test graph", "10 entities, 9 relations, 1 source."));
        assertThat(vm.evidence()).isNotNull();
    }

    @Test
    void anEntityWithItsRelationsByTypeAndItsPassages() {
        explorer.setGraph(g);
        Entity esa = g.entity("esa").orElseThrow();
        explorer.select(esa);
        DetailContent.OfEntity c = (DetailContent.OfEntity) vm.getContent();
        assertThat(c.entity()).isEqualTo(esa);
        assertThat(c.facts()).isEqualTo("agency  ·  Europe  ·  active");
        assertThat(c.relationCount()).isEqualTo(4);
        assertThat(c.relationsFolded()).isFalse();
        assertThat(c.relationGroups()).extracting(DetailContent.RelationGroup::type)
                .containsExactly("develops", "member-of", "provides-instrument", "trains-with");
        DetailContent.RelationRow toChange6 = c.relationGroups().get(2).rows().get(0);
        assertThat(toChange6.outgoing()).isTrue();
        assertThat(toChange6.other().id()).isEqualTo("change-6");
        assertThat(toChange6.pill()).isEqualTo("historical, since 2019 ›");
        assertThat(toChange6.tooltip()).isEqualTo("Open this relation: European Space Agency → provides-instrument → Chang'e 6,"
                + " since 2019, with its quotes and references");
        assertThat(c.passages()).isNotEmpty();
        DetailContent.Quote instruments = c.passages().stream()
                .filter(q -> q.passage().text().equals(TestGraphs.INSTRUMENTS + ", which returned the first lunar samples from the far side."))
                .findFirst().orElseThrow();
        assertThat(instruments.source().id()).isEqualTo(TestGraphs.OPED);
        assertThat(instruments.opensInSource()).isTrue();
        assertThat(instruments.marks()).extracting(Mark::entity).contains(esa);
    }

    @Test
    void aRelationWithItsEndsEvidenceAndCitation() {
        explorer.setGraph(g);
        Relation r = g.relation("esa.provides-instrument.change-6").orElseThrow();
        explorer.selectRelation(r);
        DetailContent.OfRelation c = (DetailContent.OfRelation) vm.getContent();
        assertThat(c.from().id()).isEqualTo("esa");
        assertThat(c.to().id()).isEqualTo("change-6");
        assertThat(c.facts()).isEqualTo("historical  ·  since 2019");
        assertThat(c.note()).isEqualTo("Test note.");
        assertThat(c.citation()).startsWith("European Space Agency → provides-instrument → Chang'e 6").contains(TestGraphs.INSTRUMENTS);
        assertThat(c.passages()).extracting(q -> q.passage().text()).first().asString().startsWith(TestGraphs.INSTRUMENTS);
        assertThat(c.passages().get(0).marks()).extracting(Mark::entity).extracting(Entity::id).contains("esa");

        vm.relationCopied();
        assertThat(explorer.messageProperty().get()).isEqualTo("Copied the relation with its evidence");
        vm.quoteCopied();
        assertThat(explorer.messageProperty().get()).isEqualTo("Copied the quote with its citation");
    }

    @Test
    void aRelationWithReferencesOnly() {
        explorer.setGraph(g);
        explorer.selectRelation(g.relation("cty_us.operates.iss").orElseThrow());
        DetailContent.OfRelation c = (DetailContent.OfRelation) vm.getContent();
        assertThat(c.facts()).isEqualTo("active  ·  since 1998");
        assertThat(c.references()).extracting(ref -> ref.url()).containsExactly("https://www.nasa.gov/iss");
    }

    @Test
    void linksSelectThroughTheExplorer() {
        explorer.setGraph(g);
        Entity cmsa = g.entity("cmsa").orElseThrow();
        vm.select(cmsa);
        assertThat(explorer.getSelection().selectedEntity()).contains(cmsa);
        Relation r = g.relation("esa.trains-with.cmsa").orElseThrow();
        vm.selectRelation(r);
        assertThat(((DetailContent.OfRelation) vm.getContent()).relation()).isEqualTo(r);
    }

    @Test
    void aHubsRelationsStartFolded() {
        CooperationGraph bundled = CooperationGraph.of(DatasetReader.loadBundled());
        explorer.setGraph(bundled);
        List<Entity> byDegree = bundled.entities().stream()
                .sorted(Comparator.comparingInt((Entity e) -> bundled.graph().degreeOf(e))).toList();
        Entity hub = byDegree.get(byDegree.size() - 1);
        Entity leaf = byDegree.get(0);
        assertThat(bundled.graph().degreeOf(hub)).isGreaterThan(DetailViewModel.FOLD_RELATIONS_ABOVE);
        explorer.select(hub);
        assertThat(((DetailContent.OfEntity) vm.getContent()).relationsFolded()).isTrue();
        explorer.select(leaf);
        assertThat(((DetailContent.OfEntity) vm.getContent()).relationsFolded()).isFalse();
    }

    @Test
    void aDisposedModelNoLongerFollowsTheExplorer() {
        explorer.setGraph(g);
        DetailContent before = vm.getContent();
        vm.dispose();
        explorer.select(g.entity("esa").orElseThrow());
        assertThat(vm.getContent()).isSameAs(before);
        explorer.setGraph(TestGraphs.opEd());
        assertThat(vm.getContent()).isSameAs(before);
    }
}
