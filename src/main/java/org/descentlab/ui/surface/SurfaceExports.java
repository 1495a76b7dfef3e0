package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.descentlab.core.io.PathCsv;
import org.descentlab.ui.export.DataSource;
import org.descentlab.ui.export.PictureSource;
import org.descentlab.ui.words.Words;

/**
 * What the surface tab gives File → Save picture… and Export data…: the plot or each side-by-side panel, and the
 * charts on show; the paths of every racer as CSV, named as {@code trajectory --scene} names them (the optimizer's
 * id, {@code gd#2} for a copy), the enabled optimizers first, then the copies.
 */
final class SurfaceExports {

    private SurfaceExports() {
    }

    /** The plot (or the panels) and the charts, where they are on show. */
    static List<PictureSource> pictures(SurfaceTab tab) {
        var model = tab.model();
        String surface = PictureSource.slug(model.surface().id());
        var sources = new ArrayList<PictureSource>();
        add(sources, "overlay", () -> Words.get("export.picture.what.surface"), tab.overlayPlot(),
                surface + "-overlay");
        for (PanelGrid.Panel panel : tab.panels()) {
            // A panel's plot is named for its racer ("panel-" and the racer's key, see SurfaceTab.buildPanels).
            String id = panel.plot().getId();
            for (OptimizerSlot slot : model.racingSlots()) {
                if (id != null && id.equals("panel-" + slot.key())) {
                    add(sources, id, () -> Words.format("export.picture.what.panel", model.nameOf(slot)), panel,
                            surface + "-panel-" + PictureSource.slug(slot.key()));
                }
            }
        }
        add(sources, "loss-chart", () -> Words.get("export.picture.what.lossChart"), tab.charts().lossView(),
                surface + "-loss");
        add(sources, "distance-chart", () -> Words.get("export.picture.what.distanceChart"),
                tab.charts().distanceView(), surface + "-distance");
        return sources;
    }

    private static void add(List<PictureSource> sources, String id, java.util.function.Supplier<String> name,
            Node node, String fileName) {
        if (PictureSource.showing(node)) {
            sources.add(new PictureSource(id, name, node, fileName));
        }
    }

    /** Every racer's path as it is now, copied. */
    static DataSource data(SurfaceTabModel model) {
        var scene = model.scene();
        var tracks = new ArrayList<PathCsv.Track>();
        for (OptimizerSlot slot : model.enabledSlots()) {
            if (slot.walker() != null) {
                tracks.add(PathCsv.Track.of(slot.type().id(), slot.walker().path()));
            }
        }
        var copies = model.copies();
        for (int i = 0; i < copies.size(); i++) {
            if (copies.get(i).walker() != null) {
                tracks.add(PathCsv.Track.of(scene.copyName(i), copies.get(i).walker().path()));
            }
        }
        var surface = model.surface();
        int rows = tracks.stream().mapToInt(PathCsv.Track::size).sum();
        return new DataSource(PictureSource.slug(surface.id()) + "-paths.csv", rows,
                out -> PathCsv.write(surface, List.copyOf(tracks), out));
    }
}
