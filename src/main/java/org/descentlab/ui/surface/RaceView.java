package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Region;
import org.descentlab.core.surface.HeatMap;

/**
 * The race as the surface tab draws it, for pictures and animations made off screen: the tab's own overlay plot, or
 * its side-by-side panels (a {@link PanelGrid} of one {@link SurfacePlot} per racer), over the same heat map, drawn by
 * the same painters. The model's race is moved on by whoever films it; {@link #redraw} then draws the step it is at.
 */
public final class RaceView {

    private final SurfaceTabModel model;
    private final Region node;
    private final SurfacePlot overlay;
    private final PanelGrid panels;

    /** The race of {@code model} as laid out there (overlay or side by side) over {@code heatMap}. */
    public RaceView(SurfaceTabModel model, HeatMap heatMap) {
        this.model = model;
        if (model.layoutProperty().get() == SurfaceTabModel.Layout.OVERLAY) {
            overlay = new SurfacePlot(model, model::racingSlots, false);
            overlay.setHeatMap(heatMap);
            panels = null;
            node = overlay;
        } else {
            var list = new ArrayList<PanelGrid.Panel>();
            for (OptimizerSlot slot : model.racingSlots()) {
                var plot = new SurfacePlot(model, () -> List.of(slot), true);
                plot.setHeatMap(heatMap);
                list.add(new PanelGrid.Panel(model, slot, plot));
            }
            overlay = null;
            panels = new PanelGrid(list, model.surface().info().bounds());
            node = panels;
        }
    }

    /** The node to put in a scene: the overlay plot or the panels. */
    public Region node() {
        return node;
    }

    /** The overlay plot, or {@code null} side by side. */
    public SurfacePlot overlay() {
        return overlay;
    }

    /** Draws every path, and every panel's title, at the step the race is at. */
    public void redraw() {
        if (overlay != null) {
            overlay.redrawRace();
        } else {
            for (PanelGrid.Panel panel : panels.panels()) {
                panel.plot().redrawRace();
                panel.refresh();
            }
        }
    }

    /** The colours of everything racing (their paths, heads and panel titles), as 24-bit RGB. */
    public List<Integer> racerColours() {
        return model.racingSlots().stream().map(s -> rgb(s.colour())).toList();
    }

    private static int rgb(javafx.scene.paint.Color c) {
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
}
