package org.descentlab.ui.widgets;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;

/**
 * A slider with, when asked, a mark at one value of its scale: a small red wedge over the track, with a tooltip that
 * says what the value means (a learning rate above which plain gradient descent diverges, say). The mark is placed
 * where the slider's own thumb would stand at that value, and is absent when there is no such value or it is off the
 * scale.
 */
final class MarkedSlider extends StackPane {

    private final Slider slider;
    private final boolean log;
    private final Polygon mark = new Polygon();
    private ObservableValue<? extends Number> at;

    /**
     * @param log whether the slider's value is the log10 of the value it stands for
     */
    MarkedSlider(Slider slider, boolean log) {
        this.slider = slider;
        this.log = log;
        mark.setManaged(false);
        mark.setVisible(false);
        mark.setFill(Color.web("#c00000"));
        mark.setStroke(Color.WHITE);
        mark.setStrokeWidth(1);
        mark.getStyleClass().add("slider-mark");
        getChildren().addAll(slider, mark);
        slider.widthProperty().addListener((o, was, is) -> requestLayout());
    }

    /**
     * Marks value {@code value} (in the units the slider stands for, not its log) with {@code tip} as the mark's
     * tooltip; the mark follows both. A value that is not finite and positive (on a log scale), or is off the scale,
     * shows no mark.
     */
    void mark(String id, ObservableValue<? extends Number> value, ObservableValue<String> tip) {
        mark.setId(id);
        at = value;
        value.addListener((o, was, is) -> requestLayout());
        var tooltip = new Tooltip();
        tooltip.textProperty().bind(tip);
        Tooltip.install(mark, tooltip);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double position = at == null ? Double.NaN : scalePosition(at.getValue().doubleValue());
        boolean shown = position >= slider.getMin() && position <= slider.getMax();
        mark.setVisible(shown);
        if (!shown) {
            return;
        }
        var thumb = slider.lookup(".thumb");
        double thumbWidth = thumb == null ? 0 : thumb.getLayoutBounds().getWidth();
        double left = slider.getLayoutX() + slider.snappedLeftInset() + thumbWidth / 2;
        double length = slider.getWidth() - slider.snappedLeftInset() - slider.snappedRightInset() - thumbWidth;
        double x = left + (position - slider.getMin()) / (slider.getMax() - slider.getMin()) * length;
        double s = Presentation.scale();
        double top = slider.getLayoutY();
        // A wedge pointing down at the track, from the slider's top edge.
        mark.getPoints().setAll(-5 * s, 0.0, 5 * s, 0.0, 0.0, 8 * s);
        mark.setLayoutX(x);
        mark.setLayoutY(top);
    }

    /** Where {@code value} is on the slider's own scale (its log10 on a log slider), or NaN if nowhere. */
    private double scalePosition(double value) {
        if (!Double.isFinite(value) || log && value <= 0) {
            return Double.NaN;
        }
        return log ? Math.log10(value) : value;
    }

    /** The x of the mark's point, in this pane, or NaN when it is not shown; for tests. */
    double markX() {
        return mark.isVisible() ? mark.getLayoutX() : Double.NaN;
    }
}
