package org.descentlab.ui.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import org.descentlab.ui.widgets.Presentation;
import org.descentlab.ui.words.Words;

/**
 * A small camera button in the top right corner of every plot, panel, chart and map a tab can picture. The buttons
 * live in a layer of their own laid over the tab, not inside the plots: a plot's picture never shows its button, the
 * plots' classes need no change, and the picture of the whole window leaves the layer out. After each layout the
 * layer asks the tab what it can picture now (a change of layout, panels that come and go, a chart in a tab not
 * chosen) and puts a button on each.
 */
public final class PictureButtons extends Pane {

    /** The style sheet of the buttons and of the picture dialog, under {@code resources/}. */
    public static final String STYLESHEET = Objects.requireNonNull(
            PictureButtons.class.getResource("/org/descentlab/export.css")).toExternalForm();
    /** Gap between a button and its plot's corner, before classroom mode's scale. */
    private static final double INSET = 4;
    /** The key of the scale a button's icon was made for, in its properties. */
    private static final String SCALE = "pictureButtonScale";

    private final Pane host;
    private final Supplier<List<PictureSource>> sources;
    private final Consumer<PictureSource> open;
    private final Map<String, Button> buttons = new HashMap<>();
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
        if (!host.isVisible() || host.getScene() == null) {
            return;
        }
        resizeRelocate(0, 0, host.getWidth(), host.getHeight());
        Set<String> shown = new HashSet<>();
        for (PictureSource source : sources.get()) {
            if (!PictureSource.showing(source.node())) {
                continue;
            }
            shown.add(source.id());
            var button = buttons.computeIfAbsent(source.id(), id -> button(id));
            button.setUserData(source);
            if (!Double.valueOf(Presentation.scale()).equals(button.getProperties().get(SCALE))) {
                // New, or classroom mode was switched: an icon of the size of the moment.
                button.setGraphic(camera());
                button.getProperties().put(SCALE, Presentation.scale());
                button.applyCss();
            }
            place(button, sceneToLocal(source.node().localToScene(source.node().getLayoutBounds())));
        }
        buttons.keySet().removeIf(id -> {
            if (shown.contains(id)) {
                return false;
            }
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

    private Button button(String id) {
        var button = new Button();
        button.setId("pictureButton-" + id);
        button.getStyleClass().add("picture-button");
        button.setFocusTraversable(false);
        var tip = new Tooltip();
        Words.bind(tip.textProperty(), "export.picture.buttonTip");
        button.setTooltip(tip);
        button.accessibleTextProperty().bind(Words.text("export.picture.buttonTip"));
        button.setOnAction(e -> open.accept((PictureSource) button.getUserData()));
        getChildren().add(button);
        button.applyCss();
        return button;
    }

    /** A camera: a body with a bump on top and a lens cut out, 18 × 14 pixels times classroom mode's scale. */
    private static Group camera() {
        var shape = new SVGPath();
        shape.setContent("M6,2 L12,2 L13.5,4 L16.5,4 Q18,4 18,5.5 L18,12.5 Q18,14 16.5,14 L1.5,14 Q0,14 0,12.5 "
                + "L0,5.5 Q0,4 1.5,4 L4.5,4 Z M9,5.6 A3.4,3.4 0 1 0 9.001,5.6 Z M9,7.4 A1.6,1.6 0 1 1 8.999,7.4 Z");
        shape.setFillRule(FillRule.EVEN_ODD);
        shape.getStyleClass().add("camera-icon");
        shape.setScaleX(Presentation.scale());
        shape.setScaleY(Presentation.scale());
        return new Group(shape); // a group's size includes the scale: the button grows with its icon
    }

    /** The buttons on show now, by their source's id (for tests). */
    public Map<String, Button> buttons() {
        return Map.copyOf(buttons);
    }
}
