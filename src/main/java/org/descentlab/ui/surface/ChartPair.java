package org.descentlab.ui.surface;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/** Two charts side by side when the space is wide, one above the other when it is tall (the sweep's). */
final class ChartPair extends Region {

    private static final double GAP = 6;

    ChartPair(Node first, Node second) {
        getChildren().addAll(first, second);
        setMinSize(0, 0);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        var first = getChildren().get(0);
        var second = getChildren().get(1);
        if (w >= 1.3 * h) {
            double half = (w - GAP) / 2;
            first.resizeRelocate(0, 0, half, h);
            second.resizeRelocate(half + GAP, 0, half, h);
        } else {
            double half = (h - GAP) / 2;
            first.resizeRelocate(0, 0, w, half);
            second.resizeRelocate(0, half + GAP, w, half);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 420;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 360;
    }
}
