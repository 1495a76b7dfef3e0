package org.descentlab.ui.surface;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import org.descentlab.core.scene.InsightSetup;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Words;

/**
 * The surface tab's views that show why (issue 13): the learning-rate sweep ({@link SweepView}) and the basin maps
 * ({@link BasinLayer}, {@link BasinMaps}, {@link BasinBar}). Their switches and settings are the scene's
 * {@link InsightSetup}, held by the model, so they are saved and applied with the scene.
 *
 * <p>Every change of the race's settings is answered once, after the change is complete (a scene being applied changes
 * many things in a row): the views ask their work for the result of the settings of the moment, which starts work only
 * when those are new.
 *
 * <p>Where the sweep goes: in a wide window, in the column on the right in place of the race's charts; in a narrow one
 * (where those charts are in tabs under the plot), either in a column beside the plot or in a tab of its own under it,
 * the tabs then taking half the height, whichever leaves the surface the larger plot: beside at 1280 × 720 (the plot
 * is as wide as its height allows anyway), under it at 1024 × 768 and in classroom mode.
 */
final class InsightViews {

    private final SurfaceTabModel model;
    private final SurfacePlot overlay;
    private final Supplier<List<SurfacePlot>> panels;
    private final SweepView sweep;
    private final BasinMaps basins;
    private final BasinBar basinBar;
    private final CheckBox sweepCheck = new CheckBox();
    private final CheckBox basinCheck = new CheckBox();
    private final Runnable refreshWords = this::refreshWords;
    private final Runnable restyle = this::restyle;
    /** The share of the tab's height the tabs under the plot take while the sweep is one of them. */
    private static final double BELOW_SHARE = 0.5;

    private final Tab sweepTab = new Tab();
    private Placement placement;
    /** Whether the sweep stands in a column beside the plot rather than in a tab under it (narrow windows). */
    private boolean beside = true;
    /** The least height the tabs under the plot have without the sweep, or −1 before it is known. */
    private double usualMinHeight = -1;
    private boolean scheduled;
    private boolean disposed;

    /** Where the sweep can go: the tabs under the plot, the column on the right and what it shows without it. */
    private record Placement(boolean wide, TabPane figureTabs, Consumer<Node> right, Node charts) {
    }

    /**
     * @param overlay the plot of the overlay layout
     * @param panels the plots of the side-by-side layout's panels
     */
    InsightViews(SurfaceTabModel model, SurfacePlot overlay, Supplier<List<SurfacePlot>> panels) {
        this.model = model;
        this.overlay = overlay;
        this.panels = panels;
        sweep = new SweepView(model);
        sweepTab.setId("sweepTab");
        Words.bind(sweepTab.textProperty(), "insight.sweep.tab");
        basins = new BasinMaps(model, this::layersOnShow);
        basinBar = new BasinBar(model, basins.work());
        check(sweepCheck, "sweepCheck", "insight.sweep.check");
        check(basinCheck, "basinCheck", "insight.basin.check");
        sweepCheck.setSelected(model.insightProperty().get().showSweep());
        basinCheck.setSelected(model.insightProperty().get().showBasins());
        sweepCheck.selectedProperty().addListener((o, was, is) -> setViews(is, basinCheck.isSelected()));
        basinCheck.selectedProperty().addListener((o, was, is) -> setViews(sweepCheck.isSelected(), is));
        model.insightProperty().addListener((o, was, is) -> {
            sweepCheck.setSelected(is.showSweep());
            basinCheck.setSelected(is.showBasins());
            if (was.showSweep() != is.showSweep()) {
                placeSweep();
                if (placement != null) {
                    placement.figureTabs().requestLayout(); // the tabs under the plot change height
                }
            }
            schedule();
        });
        model.revisionProperty().addListener((o, was, is) -> schedule());
        model.layoutProperty().addListener((o, was, is) -> schedule());
        Words.onChange(refreshWords);
        Presentation.onChange(restyle);
        schedule();
    }

    private static void check(CheckBox box, String id, String key) {
        box.setId(id);
        Words.bind(box.textProperty(), key);
        box.setTooltip(SurfaceWords.tip(key + ".tip"));
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setFocusTraversable(false);
    }

    private void setViews(boolean showSweep, boolean showBasins) {
        InsightSetup insight = model.insightProperty().get();
        if (insight.showSweep() != showSweep || insight.showBasins() != showBasins) {
            model.insightProperty().set(insight.withViews(insight.showCurvature(), insight.showGhosts(), showSweep,
                    showBasins));
        }
    }

    /** The switches and the basin map's controls, for the bar above the plot. */
    List<Node> viewBarItems() {
        var items = new ArrayList<Node>(List.of(sweepCheck, basinCheck));
        items.addAll(basinBar.items());
        return items;
    }

    SweepView sweepView() {
        return sweep;
    }

    BasinMaps basinMaps() {
        return basins;
    }

    BasinBar basinBar() {
        return basinBar;
    }

    /**
     * Puts the sweep where the arrangement has room for it (call after each change of arrangement): in a {@code wide}
     * one in place of {@code charts} on the {@code right}; in a narrow one on the right or as a tab of
     * {@code figureTabs} (see {@link #figureTabsHeight}).
     */
    void place(boolean wide, TabPane figureTabs, Consumer<Node> right, Node charts) {
        placement = new Placement(wide, figureTabs, right, charts);
        placeSweep();
    }

    /**
     * The height of the tabs under the plot of a narrow arrangement: {@code usual}, or more while the sweep is one of
     * them. Chooses, for the tab's size of the moment ({@code width} × {@code height}, the controls column
     * {@code leftWidth} wide), whether the sweep stands beside the plot or under it.
     */
    double figureTabsHeight(double usual, double width, double height, double leftWidth) {
        boolean next = besideIsBetter(usual, width, height, leftWidth);
        if (next != beside) {
            beside = next;
            placeSweep();
        }
        boolean below = model.insightProperty().get().showSweep() && !beside;
        // The tabs' own least height while the sweep is under the plot: the plot gives up height for it, not the
        // sweep for the plot.
        var tabs = placement.figureTabs();
        if (usualMinHeight < 0) {
            usualMinHeight = tabs.getMinHeight();
        }
        tabs.setMinHeight(below ? BELOW_SHARE * height : usualMinHeight);
        return below ? BELOW_SHARE * height : usual;
    }

    /** Whether the surface's plot comes out larger with the sweep beside it than with the sweep under it. */
    private boolean besideIsBetter(double usual, double width, double height, double leftWidth) {
        double s = Presentation.scale();
        // Room the plot takes around its frame (axes, colour bar), and the bar above it, roughly.
        double chromeWidth = 150 * s;
        double chromeHeight = 80 * s + 70 * s;
        var bounds = model.surface().info().bounds();
        double middle = width - leftWidth;
        double besideScale = Math.min((middle - sweep.prefWidth(-1) - chromeWidth) / bounds.width(),
                (height - usual - chromeHeight) / bounds.height());
        double belowScale = Math.min((middle - chromeWidth) / bounds.width(),
                (height - BELOW_SHARE * height - chromeHeight) / bounds.height());
        return besideScale >= belowScale;
    }

    private void placeSweep() {
        if (placement == null) {
            return;
        }
        boolean shown = model.insightProperty().get().showSweep();
        boolean right = placement.wide() || beside;
        var tabs = placement.figureTabs().getTabs();
        if (!shown || right) {
            tabs.remove(sweepTab);
            sweepTab.setContent(null);
        }
        placement.right().accept(shown && right ? sweep : placement.wide() ? placement.charts() : null);
        sweep.showHint(right);
        if (shown && !right) {
            sweepTab.setContent(sweep);
            if (!tabs.contains(sweepTab)) {
                tabs.add(sweepTab);
            }
            placement.figureTabs().getSelectionModel().select(sweepTab);
        }
    }

    /** Gives {@code plot}, the panel of {@code slot} in the side-by-side layout, its basin map. */
    void attachPanel(SurfacePlot plot, OptimizerSlot slot) {
        plot.basinLayer().belongTo(slot);
        schedule();
    }

    private List<BasinLayer> layersOnShow() {
        if (model.layoutProperty().get() == SurfaceTabModel.Layout.OVERLAY) {
            return List.of(overlay.basinLayer());
        }
        return panels.get().stream().map(SurfacePlot::basinLayer).toList();
    }

    /** Answers the changes of this pulse once, after them. */
    private void schedule() {
        if (!scheduled && !disposed) {
            scheduled = true;
            Platform.runLater(this::refreshNow);
        }
    }

    /** Brings both views up to the settings of the moment now (the change is answered later on its own). */
    void refreshNow() {
        scheduled = false;
        if (disposed) {
            return;
        }
        sweep.refresh(model.insightProperty().get().showSweep());
        basins.refresh();
        basinBar.refresh();
    }

    private void refreshWords() {
        sweep.refreshWords();
        basinBar.refreshWords();
    }

    private void restyle() {
        sweep.restyle();
        basinBar.refresh();
        overlay.basinLayer().paint();
        panels.get().forEach(p -> p.basinLayer().paint());
    }

    /** Stops the work and forgets the language and style listeners (the window is closing). */
    void dispose() {
        disposed = true;
        Words.removeOnChange(refreshWords);
        Presentation.removeOnChange(restyle);
        sweep.work().close();
        basins.close();
    }
}
