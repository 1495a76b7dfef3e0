package org.descentlab.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.descentlab.core.io.MetricsCsv;
import org.descentlab.ui.export.DataSource;
import org.descentlab.ui.export.PictureSource;
import org.descentlab.ui.words.Words;

/**
 * What the network tab gives File → Save picture… and Export data…: the decision-boundary map (or each compared
 * run's panel), the two charts, and the loss landscape, gradients chart and confusion matrices (or each run's) when
 * on show; every run's metrics per epoch as CSV, each run named by its label as scene files keep it (the same in
 * every language).
 */
final class NetworkExports {

    private NetworkExports() {
    }

    /** The map (or the compared runs' panels) and the charts, where they are on show. */
    static List<PictureSource> pictures(NetworkTab tab) {
        var sources = new ArrayList<PictureSource>();
        add(sources, "boundary", () -> Words.get("export.picture.what.map"), tab.boundary(), "network-boundary");
        var panels = tab.comparisonHeaders();
        var runs = tab.model().runs();
        for (int i = 0; i < panels.size() && i < runs.size(); i++) {
            var run = runs.get(i);
            add(sources, "boundary-" + (i + 1), () -> Words.format("export.picture.what.runMap", RunNames.shown(run)),
                    panels.get(i), "network-boundary-" + PictureSource.slug(run.label()));
        }
        Node loss = tab.charts().lookup("#networkLossChart");
        Node accuracy = tab.charts().lookup("#networkAccuracyChart");
        add(sources, "loss-chart", () -> Words.get("export.picture.what.networkLoss"), loss, "network-loss");
        add(sources, "accuracy-chart", () -> Words.get("export.picture.what.networkAccuracy"), accuracy,
                "network-accuracy");
        views(sources, tab.views(), runs);
        return sources;
    }

    /** The loss landscape, the gradients chart and the confusion matrices, or each compared run's, where on show. */
    private static void views(List<PictureSource> sources, NetworkViews views, List<NetworkRun> runs) {
        var landscapes = views.landscape().views();
        var landscapePanels = views.landscape().panels();
        var charts = views.gradients().charts();
        var chartPanels = views.gradients().panels();
        if (landscapePanels.isEmpty() && !landscapes.isEmpty()) {
            add(sources, "landscape", () -> Words.get("depth.export.landscape"), landscapes.get(0),
                    "network-landscape");
        }
        if (chartPanels.isEmpty() && !charts.isEmpty()) {
            add(sources, "gradients-chart", () -> Words.get("depth.export.gradients"), charts.get(0).viewer(),
                    "network-gradients");
        }
        var matrices = views.confusion().views();
        var matrixPanels = views.confusion().panels();
        if (matrixPanels.isEmpty() && !matrices.isEmpty()) {
            add(sources, "confusion", () -> Words.get("confusion.export"), matrices.get(0), "network-confusion");
        }
        for (int i = 0; i < runs.size(); i++) {
            var run = runs.get(i);
            String slug = PictureSource.slug(run.label());
            if (i < matrixPanels.size()) {
                add(sources, "confusion-" + (i + 1), () -> Words.format("confusion.export.run", RunNames.shown(run)),
                        matrixPanels.get(i), "network-confusion-" + slug);
            }
            if (i < landscapePanels.size()) {
                add(sources, "landscape-" + (i + 1), () -> Words.format("depth.export.runLandscape",
                        RunNames.shown(run)), landscapePanels.get(i), "network-landscape-" + slug);
            }
            if (i < chartPanels.size()) {
                add(sources, "gradients-" + (i + 1), () -> Words.format("depth.export.runGradients",
                        RunNames.shown(run)), chartPanels.get(i), "network-gradients-" + slug);
            }
        }
    }

    private static void add(List<PictureSource> sources, String id, Supplier<String> name, Node node,
            String fileName) {
        if (node != null && PictureSource.showing(node)) {
            sources.add(new PictureSource(id, name, node, fileName));
        }
    }

    /** Every run's epochs so far, copied. */
    static DataSource data(NetworkTabModel model) {
        boolean validated = model.split().hasValidation();
        var runs = model.runs().stream().map(r -> new MetricsCsv.Run(r.label(), validated, r.history())).toList();
        int rows = runs.stream().mapToInt(r -> r.epochs().size()).sum();
        return new DataSource("network-metrics.csv", rows, out -> MetricsCsv.write(runs, out));
    }
}
