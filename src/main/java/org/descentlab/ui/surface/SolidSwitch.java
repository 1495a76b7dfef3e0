package org.descentlab.ui.surface;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.ui.words.Words;

/**
 * The 3D toggle above the plot and the {@link SolidView} it shows in place of the flat plot. In 3D the race is seen
 * as in the overlay layout, every racer on one surface, whichever layout is chosen: a 3D panel per racer would be too
 * small to turn. Where the platform cannot draw 3D ({@code ConditionalFeature.SCENE3D} not supported: software
 * rendering, headless tests, some remote desktops) the toggle is disabled and its tooltip says why; the flat plot
 * stays. The view is made the first time it is asked for, so a window that never shows 3D never builds a mesh.
 */
final class SolidSwitch {

    private final SurfaceTabModel model;
    private final ToggleButton toggle = new ToggleButton();
    /** Holds the toggle: a disabled control shows no tooltip, its parent can. */
    private final HBox holder = new HBox(toggle);
    private final Tooltip tip = new Tooltip();
    private boolean supported;
    private SolidView view;
    private HeatMap heatMap;
    /** Whether the view's mesh is of an older heat map (it is brought up to date when next shown). */
    private boolean stale;

    SolidSwitch(SurfaceTabModel model) {
        this.model = model;
        toggle.setId("solidToggle");
        toggle.setFocusTraversable(false);
        Words.bind(toggle.textProperty(), "solid.toggle");
        holder.setId("solidToggleHolder");
        holder.setMinWidth(Region.USE_PREF_SIZE);
        // A disabled node is not picked: the pointer over the disabled toggle then finds its holder, on its bounds.
        holder.setPickOnBounds(true);
        toggle.setTooltip(tip);
        Tooltip.install(holder, tip);
        setSupported(Platform.isSupported(ConditionalFeature.SCENE3D));
    }

    /**
     * Whether 3D can be shown: the toggle is enabled, or disabled and switched off, with a tooltip that says which.
     * Tests may say so against the platform, to check the wiring where nothing 3D is drawn.
     */
    void setSupported(boolean can) {
        supported = can;
        Words.bind(tip.textProperty(), can ? "solid.toggle.tip" : "solid.toggle.unsupported");
        if (!can) {
            toggle.setSelected(false);
        }
        toggle.setDisable(!can);
    }

    boolean supported() {
        return supported;
    }

    /** The toggle, in its holder, for the bar above the plot. */
    HBox node() {
        return holder;
    }

    ToggleButton toggle() {
        return toggle;
    }

    Tooltip tooltip() {
        return tip;
    }

    /** On while 3D is shown: the tab swaps its centre when it changes. */
    BooleanProperty shownProperty() {
        return toggle.selectedProperty();
    }

    boolean shown() {
        return supported && toggle.isSelected();
    }

    /** The 3D view, made now if it was not yet. */
    SolidView view() {
        if (view == null) {
            view = new SolidView(model);
            stale = true;
        }
        if (stale) {
            stale = false;
            view.setHeatMap(heatMap);
        }
        return view;
    }

    /** The view if it was made, else {@code null}. */
    SolidView madeView() {
        return view;
    }

    /** A new surface's heat map (or {@code null}: none could be made): the mesh follows, now or when next shown. */
    void setHeatMap(HeatMap map) {
        heatMap = map;
        stale = true;
        if (view != null && shown()) {
            view();
        }
    }

    /** Draws the race at the step on show, when in sight. */
    void redraw() {
        if (view != null && shown()) {
            view.redraw();
        }
    }

    void refreshWords() {
        if (view != null) {
            view.refreshWords();
        }
    }

    void styleChanged() {
        if (view != null) {
            view.styleChanged();
        }
    }
}
