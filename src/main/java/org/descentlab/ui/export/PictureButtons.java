package org.descentlab.ui.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Words;

/**
 * A small camera button in the top right corner of every plot, panel, chart and map a tab can picture, shown while
 * the pointer is over that plot (see {@link CameraButton}). The buttons live in a layer of their own laid over the
 * tab, not inside the plots: a plot's picture never shows its button, the plots' classes need no change, and the
 * picture of the whole window leaves the layer out. After each layout the layer asks the tab what it can picture now
 * (a change of layout, panels that come and go, a chart in a tab not chosen) and puts a button on each.
 */
public final class PictureButtons extends Pane {

    /** The style sheet of the buttons and of the picture dialog, under {@code resources/}. */
    public static final String STYLESHEET = Objects.requireNonNull(
            PictureButtons.class.getResource("/org/descentlab/export.css")).toExternalForm();
    /** Gap between a button and its plot's corner, before classroom mode's scale. */
    private static final double INSET = 4;
    /** The camera's drawing is 18 × 14; shown at this share of that. */
    private static final double ICON_SCALE = 0.85;

    private final Pane host;
    private final Supplier<List<PictureSource>> sources;
    private final Consumer<PictureSource> open;
    private final Map<String, CameraButton> buttons = new HashMap<>();
    private final Runnable follow = this::follow;
    private Scene followed;

    private PictureButtons(Pane host, Supplier<List<PictureSource>> sources, Consumer<PictureSource> open) {
        this.host = host;
        this.sources = sources;
        this.open = open;
        getStyleClass().add(PictureTaking.BUTTONS_CLASS);
        getStylesheets().add(STYLESHEET);
        setManaged(false);
        // Clicks anywhere but on a button go to the plots underneath; drawn above everything else of the tab.
        setPickOnBounds(false);
        setViewOrder(-1000);
        sceneProperty().addListener((o, was, is) -> followScene(is));
    }

    /**
     * Lays a layer of camera buttons over {@code host} (a tab's content).
     *
     * @param sources what the tab can picture now (asked after every layout)
     * @param open what a button does with its source: open the picture dialog with it chosen
     */
    public static PictureButtons install(Pane host, Supplier<List<PictureSource>> sources,
            Consumer<PictureSource> open) {
        var layer = new PictureButtons(host, sources, open);
        host.getChildren().add(layer);
        return layer;
    }

    private void followScene(Scene scene) {
        if (followed != null) {
            followed.removePostLayoutPulseListener(follow);
        }
        followed = scene;
        if (scene != null) {
            scene.addPostLayoutPulseListener(follow);
        }
    }

    /** Puts a button on each source on show, where it is now; removes the buttons of sources gone. */
    private void follow() {
        if (!PictureSource.showing(host)) {
            return; // a tab not chosen: its buttons wait, hidden with it
        }
        resizeRelocate(0, 0, host.getWidth(), host.getHeight());
        Set<String> shown = new HashSet<>();
        for (PictureSource source : sources.get()) {
            if (!PictureSource.showing(source.node())) {
                continue;
            }
            shown.add(source.id());
            var button = buttons.computeIfAbsent(source.id(), this::button);
            button.show(source);
            place(button, sceneToLocal(source.node().localToScene(source.node().getLayoutBounds())));
        }
        buttons.keySet().removeIf(id -> {
            if (shown.contains(id)) {
                return false;
            }
            buttons.get(id).show(null);
            getChildren().remove(buttons.get(id));
            return true;
        });
    }

    private void place(Button button, Bounds plot) {
        double inset = INSET * Presentation.scale();
        button.autosize();
        double x = Math.round(plot.getMaxX() - button.getWidth() - inset);
        double y = Math.round(plot.getMinY() + inset);
        if (button.getLayoutX() != x || button.getLayoutY() != y) {
            button.relocate(x, y);
        }
    }

    private CameraButton button(String id) {
        var button = new CameraButton();
        button.setId("pictureButton-" + id);
        button.setOnAction(e -> open.accept(button.source));
        getChildren().add(button);
        button.applyCss();
        return button;
    }

    /**
     * One plot's button. It shows while the pointer is over its plot (or over itself), as the tools of a plot do in
     * most plotting programs: always shown, it would cover a chart's legend or a map's corner.
     */
    private static final class CameraButton extends Button {

        private static final PseudoClass SHOWN = PseudoClass.getPseudoClass("shown");

        private final InvalidationListener hover = o -> showOrHide();
        private PictureSource source;
        private double iconScale;

        CameraButton() {
            getStyleClass().add("picture-button");
            setFocusTraversable(false);
            var tip = new Tooltip();
            Words.bind(tip.textProperty(), "export.picture.buttonTip");
            setTooltip(tip);
            accessibleTextProperty().bind(Words.text("export.picture.buttonTip"));
            hoverProperty().addListener(hover);
        }

        /** Follows {@code next} (or nothing, when its plot has gone). */
        void show(PictureSource next) {
            Node was = source == null ? null : source.node();
            source = next;
            if (next == null || was != next.node()) {
                if (was != null) {
                    was.hoverProperty().removeListener(hover);
                }
                if (next != null) {
                    next.node().hoverProperty().addListener(hover);
                }
                showOrHide();
            }
            if (iconScale != Presentation.scale()) {
                // New, or classroom mode was switched: an icon of the size of the moment.
                iconScale = Presentation.scale();
                setGraphic(camera());
                applyCss();
            }
        }

        private void showOrHide() {
            pseudoClassStateChanged(SHOWN, isHover() || source != null && source.node().isHover());
        }

        /** Whether the button is shown now (its plot or itself under the pointer). */
        boolean shown() {
            return getPseudoClassStates().contains(SHOWN);
        }
    }

    /**
     * A camera: a body with a bump on top and a lens cut out, about 15 × 12 pixels times classroom mode's scale: the
     * button stays within a chart's title line, above its legend.
     */
    private static Group camera() {
        var shape = new SVGPath();
        shape.setContent("M6,2 L12,2 L13.5,4 L16.5,4 Q18,4 18,5.5 L18,12.5 Q18,14 16.5,14 L1.5,14 Q0,14 0,12.5 "
                + "L0,5.5 Q0,4 1.5,4 L4.5,4 Z M9,5.6 A3.4,3.4 0 1 0 9.001,5.6 Z M9,7.4 A1.6,1.6 0 1 1 8.999,7.4 Z");
        shape.setFillRule(FillRule.EVEN_ODD);
        shape.getStyleClass().add("camera-icon");
        shape.setScaleX(ICON_SCALE * Presentation.scale());
        shape.setScaleY(ICON_SCALE * Presentation.scale());
        return new Group(shape); // a group's size includes the scale: the button grows with its icon
    }

    /** The buttons on show now, by their source's id (for tests). */
    public Map<String, Button> buttons() {
        return Map.copyOf(buttons);
    }

    /** Whether the button of source {@code id} is shown (its plot is under the pointer); for tests. */
    public boolean shown(String id) {
        var button = buttons.get(id);
        return button != null && button.shown();
    }
}
