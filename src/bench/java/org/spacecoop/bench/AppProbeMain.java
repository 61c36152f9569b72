package org.spacecoop.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.spacecoop.core.interop.GraphFileLoader;
import org.spacecoop.core.io.CooperationGraphLoader;
import org.spacecoop.core.synthetic.SyntheticDataset;
import org.spacecoop.ui.shell.ExplorerView;
import org.spacecoop.ui.shell.ExplorerWindow;
import org.spacecoop.ui.task.FxTaskExecutor;

/**
 * How responsive the explorer stays while it opens a big dataset and lays it out: the window is opened the way
 * {@code ExplorerApp} opens a file, and a probe thread posts a {@code Platform.runLater} every 20 ms and records
 * how long each waited for the FX thread (what a click or a key press would wait), while it pans or zooms the
 * canvas twice a second. Prints the latency percentiles in three phases: loading (file read in the background),
 * laying out (graph on screen, layout running) and settled; plus frames painted.
 * Args: entities (default 50000), seconds to watch after the graph appears (default 40).
 * Run headless: {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}.
 */
public final class AppProbeMain {

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int watch = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Path file = ScaleData.cache().resolve("app-" + nodes + ".json");
        if (!Files.exists(file)) SyntheticDataset.write(file, nodes, 2 * nodes, ScaleData.SEED);

        FxThread.start();
        FxTaskExecutor executor = new FxTaskExecutor();
        ExplorerView view = FxThread.call(() -> {
            Stage stage = new Stage();
            stage.setWidth(1600);
            stage.setHeight(1000);
            return ExplorerWindow.show(stage, executor, url -> { });
        });
        long t0 = System.nanoTime();
        FxThread.call(() -> view.viewModel().load(file.getFileName().toString(),
                p -> new GraphFileLoader(CooperationGraphLoader::load, Long.MAX_VALUE).load(file).graph()));

        List<Long> loading = new ArrayList<>(), layingOut = new ArrayList<>(), settled = new ArrayList<>();
        AtomicLong shownAt = new AtomicLong(), settledAt = new AtomicLong();
        long end = Long.MAX_VALUE;
        int tick = 0;
        while (System.nanoTime() < end) {
            long posted = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            boolean act = tick++ % 25 == 0;
            int k = tick;
            Platform.runLater(() -> {
                if (view.canvas().graphScene() != null) {
                    if (shownAt.get() == 0) shownAt.set(System.nanoTime());
                    boolean running = view.layoutController().runningProperty().get();
                    if (!running && settledAt.get() == 0) settledAt.set(System.nanoTime());
                    if (act) { // what a user does: drag the view, turn the wheel
                        if (k % 50 == 1) view.canvas().panBy(40, -25);
                        else view.canvas().zoomAround(k % 100 < 50 ? 1.25 : 0.8, 700, 400);
                    }
                }
                ran.countDown();
            });
            ran.await();
            long waited = System.nanoTime() - posted;
            if (waited > 1_000_000_000L) {
                System.out.printf("  stall of %.1f s at %.1f s (%s)%n", waited / 1e9, (posted - t0) / 1e9,
                        shownAt.get() == 0 ? "loading" : settledAt.get() == 0 ? "laying out" : "settled");
            }
            if (shownAt.get() == 0) loading.add(waited);
            else if (settledAt.get() == 0) layingOut.add(waited);
            else settled.add(waited);
            if (shownAt.get() != 0 && end == Long.MAX_VALUE) end = shownAt.get() + watch * 1_000_000_000L;
            Thread.sleep(20);
        }
        long frames = FxThread.call(() -> view.canvas().paintCount());
        System.out.printf("%,d entities, %,d relations: graph on screen after %.1f s; layout %s%n", nodes, 2 * nodes,
                (shownAt.get() - t0) / 1e9, settledAt.get() == 0 ? "still running after " + watch + " s"
                        : "settled after " + String.format("%.1f s", (settledAt.get() - shownAt.get()) / 1e9));
        report("loading", loading);
        report("laying out", layingOut);
        report("settled", settled);
        System.out.printf("frames painted: %d%n", frames);
        executor.shutdown();
        System.exit(0);
    }

    private static void report(String phase, List<Long> waits) {
        if (waits.isEmpty()) {
            System.out.printf("  %-11s no samples%n", phase);
            return;
        }
        List<Long> s = new ArrayList<>(waits);
        Collections.sort(s);
        System.out.printf("  %-11s FX thread answered in: median %.0f ms, 90%% %.0f ms, 99%% %.0f ms, max %.0f ms (%d probes)%n",
                phase, s.get(s.size() / 2) / 1e6, s.get(s.size() * 9 / 10) / 1e6, s.get(Math.min(s.size() - 1, s.size() * 99 / 100)) / 1e6,
                s.get(s.size() - 1) / 1e6, s.size());
    }
}
