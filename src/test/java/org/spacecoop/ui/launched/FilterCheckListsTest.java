package org.spacecoop.ui.launched;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;

import org.controlsfx.control.CheckListView;
import org.jgrapht.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.spacecoop.core.filter.FilterOptions.SourceOption;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;
import org.spacecoop.ui.LaunchedApp;
import org.spacecoop.ui.files.FileActions;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The four check lists of the Filters tab (statuses, relation types, entity kinds, sources) as a user meets them:
 * filled at launch with counts of what is on screen, changing the graph when an item is unchecked, and holding the
 * items of the file opened last.
 */
@SuppressWarnings("unchecked")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FilterCheckListsTest extends LaunchedApp {

    private static final Path GRAPHML = Path.of("src/test/resources/fixtures/launched/ground-stations.graphml");
    private static final Path BUNDLED = Path.of("data/space-cooperation.json");

    @BeforeAll
    static void start() throws Exception {
        launch();
    }

    @AfterAll
    static void stop() throws Exception {
        close();
    }

    private CooperationGraph graph() {
        return view.viewModel().getGraph();
    }

    private Graph<Entity, Relation> visible() {
        return view.viewModel().getVisibleGraph();
    }

    @Test
    @Order(1)
    void atLaunchEachListHoldsWhatTheGraphHasWithCountsOfWhatIsShown() {
        Graph<Entity, Relation> all = graph().graph();
        assertThat(items("#filter-statuses")).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(all.edgeSet().stream().map(Relation::status).collect(Collectors.toSet()));
        assertThat(items("#filter-types")).hasSizeGreaterThan(10)
                .containsExactlyInAnyOrderElementsOf(all.edgeSet().stream().map(Relation::type).collect(Collectors.toSet()));
        assertThat(items("#filter-kinds")).hasSizeGreaterThan(5)
                .containsExactlyInAnyOrderElementsOf(all.vertexSet().stream().map(Entity::kind).collect(Collectors.toSet()));
        assertThat(items("#filter-sources")).isNotEmpty();
        assertCountsMatchTheGraph();
    }

    @Test
    @Order(2)
    void uncheckingATypeHidesItsRelationsAndChangesTheCounts() {
        RelationType signatory = RelationType.SIGNATORY_OF;
        long signatures = graph().graph().edgeSet().stream().filter(r -> r.type() == signatory).count();
        assertThat(visible().edgeSet()).anyMatch(r -> r.type() == signatory);
        String activeBefore = shownText("#filter-statuses", Status.ACTIVE);

        clickCheckBox("#filter-types", signatory);

        assertThat(visible().edgeSet()).isNotEmpty().noneMatch(r -> r.type() == signatory);
        assertThat(shownText("#filter-types", signatory)).isEqualTo("signatory-of  0/" + signatures);
        assertThat(shownText("#filter-statuses", Status.ACTIVE)).isNotEqualTo(activeBefore);
        assertCountsMatchTheGraph();

        clickCheckBox("#filter-types", signatory);
        assertThat(visible().edgeSet()).hasSize(graph().relations().size());
        assertThat(shownText("#filter-statuses", Status.ACTIVE)).isEqualTo(activeBefore);
    }

    @Test
    @Order(3)
    void uncheckingAKindHidesItsEntitiesAndTheirRelations() {
        long countries = graph().entities().stream().filter(e -> e.kind() == EntityKind.COUNTRY).count();

        clickCheckBox("#filter-kinds", EntityKind.COUNTRY);

        assertThat(visible().vertexSet()).isNotEmpty().noneMatch(e -> e.kind() == EntityKind.COUNTRY);
        assertThat(shownText("#filter-kinds", EntityKind.COUNTRY)).isEqualTo("country  0/" + countries);
        assertCountsMatchTheGraph();

        clickCheckBox("#filter-kinds", EntityKind.COUNTRY);
        assertThat(visible().vertexSet()).hasSize(graph().entities().size());
    }

    @Test
    @Order(4)
    void fileOpenFillsTheListsWithTheNewFilesItemsOnly() throws Exception {
        openThroughTheFileMenu(GRAPHML);

        assertThat(graph().entities()).hasSize(5);
        assertThat(items("#filter-kinds")).containsExactlyInAnyOrder(EntityKind.PERSON, EntityKind.COMPANY);
        assertThat(items("#filter-types")).containsExactlyInAnyOrder(RelationType.TRAINS_WITH, RelationType.TRACKS,
                RelationType.OTHER);
        assertThat(items("#filter-statuses")).containsExactlyInAnyOrder(Status.ACTIVE, Status.HISTORICAL, Status.PLANNED);
        assertThat(items("#filter-sources")).isEmpty(); // an imported graph carries no evidence
        assertThat(shownText("#filter-kinds", EntityKind.PERSON)).isEqualTo("person  3/3");
        assertThat(shownText("#filter-types", RelationType.TRACKS)).isEqualTo("tracks  2/2");
        assertCountsMatchTheGraph();

        // and back: the bundled dataset's items again, none of the small file's counts left over
        openThroughTheFileMenu(BUNDLED);
        assertThat(graph().entities()).hasSizeGreaterThan(100);
        assertThat(items("#filter-kinds")).contains(EntityKind.COUNTRY, EntityKind.AGENCY);
        assertThat(items("#filter-types")).doesNotContain(RelationType.OTHER).contains(RelationType.SIGNATORY_OF);
        assertThat(items("#filter-sources")).isNotEmpty();
        assertCountsMatchTheGraph();
    }

    // ---- what the user sees

    /** Every cell on screen reads "name  shown/total", shown counted in the visible graph, total in the whole one. */
    private void assertCountsMatchTheGraph() {
        Graph<Entity, Relation> all = graph().graph(), shown = visible();
        Map<Object, String> expected = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            expected.put(s, s.id() + "  " + count(shown.edgeSet(), Relation::status, s) + "/" + count(all.edgeSet(), Relation::status, s));
        }
        for (RelationType t : RelationType.values()) {
            expected.put(t, t.id() + "  " + count(shown.edgeSet(), Relation::type, t) + "/" + count(all.edgeSet(), Relation::type, t));
        }
        for (EntityKind k : EntityKind.values()) {
            expected.put(k, k.id() + "  " + count(shown.vertexSet(), Entity::kind, k) + "/" + count(all.vertexSet(), Entity::kind, k));
        }
        int checked = 0;
        for (String list : new String[] {"#filter-statuses", "#filter-types", "#filter-kinds"}) {
            for (ListCell<?> cell : cells(list)) {
                assertThat(cell.getText()).as(list).isEqualTo(expected.get(cell.getItem()));
                checked++;
            }
        }
        for (ListCell<?> cell : cells("#filter-sources")) {
            SourceOption o = (SourceOption) cell.getItem();
            long n = shown.edgeSet().stream().filter(r -> evidencedBy(r, o)).count();
            assertThat(cell.getText()).isEqualTo(o.label() + "  " + n + "/" + o.relations());
            checked++;
        }
        assertThat(checked).as("cells on screen").isGreaterThan(3);
    }

    private static <T, V> long count(Set<T> set, Function<T, V> of, V value) {
        return set.stream().filter(x -> of.apply(x) == value).count();
    }

    /** A passage quotes the document, or a reference or a quoted document lives on the host or a subdomain of it. */
    private boolean evidencedBy(Relation r, SourceOption o) {
        if (o.document()) return r.evidence().passages().stream().anyMatch(p -> p.sourceId().equals(o.key()));
        Map<String, String> sourceUrls = new java.util.HashMap<>();
        graph().dataset().sources().forEach(s -> { if (s.url() != null) sourceUrls.put(s.id(), s.url()); });
        java.util.stream.Stream<String> urls = java.util.stream.Stream.concat(
                r.evidence().references().stream().map(ref -> ref.url()),
                r.evidence().passages().stream().map(p -> sourceUrls.get(p.sourceId())));
        return urls.filter(u -> u != null).map(FilterCheckListsTest::hostOf)
                .anyMatch(h -> h.equals(o.key()) || h.endsWith("." + o.key()));
    }

    private static String hostOf(String url) {
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            return host == null ? "" : host.toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private <T> CheckListView<T> list(String id) {
        return (CheckListView<T>) byId(id);
    }

    private <T> java.util.List<T> items(String id) {
        return java.util.List.copyOf(this.<T>list(id).getItems());
    }

    /** The list's cells that show an item now. */
    private java.util.List<ListCell<?>> cells(String id) {
        return lookup(id + " .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null && c.isVisible())
                .<ListCell<?>>map(c -> c).toList();
    }

    /** The text of the item's cell, after scrolling the list to it. */
    private String shownText(String id, Object item) {
        return cellOf(id, item).getText();
    }

    private ListCell<?> cellOf(String id, Object item) {
        CheckListView<Object> list = list(id);
        interact(() -> list.scrollTo(item));
        WaitForAsyncUtils.waitForFxEvents();
        return cells(id).stream().filter(c -> item.equals(c.getItem())).<ListCell<?>>map(c -> c).findFirst()
                .orElseThrow(() -> new AssertionError("no cell for " + item + " in " + id));
    }

    /** Scrolls the Filters tab and the list to the item and clicks its check box, as a user would. */
    private void clickCheckBox(String id, Object item) {
        ListCell<?> cell = cellOf(id, item);
        SidePanel.scrollTo(this, "#filter-panel", cell);
        cell = cellOf(id, item); // the list may have laid its cells out again
        clickOn((CheckBox) cell.getGraphic());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** File > Open, answered with this file, then wait for it to be loaded and laid out. */
    private void openThroughTheFileMenu(Path file) throws Exception {
        CooperationGraph before = graph();
        FileActions.of(view).setOpenDialog(owner -> Optional.of(file.toAbsolutePath()));
        clickOn("File").clickOn("Open…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> graph() != before);
        waitForLayout();
    }
}
