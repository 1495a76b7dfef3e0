package org.descentlab.ui.network;

import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.DecisionBoundaryMap;
import org.descentlab.core.nn.NetworkShape;
import org.descentlab.core.nn.Parameters;
import org.descentlab.core.surface.Bounds;
import org.descentlab.ui.widgets.ClassColours;

/**
 * The pixels of a boundary map: each cell in the colour of the class the network predicts there, washed toward white
 * where it is unsure. Keeps its {@link DecisionBoundaryMap} and work arrays between calls; not thread-safe, one per
 * thread (the view draws with one on the JavaFX thread, its {@link BoundaryMapWorker} with another).
 */
final class BoundaryPixels {

    private DecisionBoundaryMap map;
    private NetworkShape shape;
    private Activation activation;
    private int[] classes;
    private float[] confidence;

    /**
     * The ARGB pixels, row by row from the top-left, of the map of {@code p} (under {@code activation}) over
     * {@code bounds} at {@code cells} × {@code cells}, in {@code pixels} if it is long enough, else in a new array.
     */
    int[] compute(Parameters p, Activation activation, Bounds bounds, int cells, int[] pixels) {
        if (map == null || !p.shape().equals(shape) || activation != this.activation) {
            map = new DecisionBoundaryMap(p.shape(), activation);
            shape = p.shape();
            this.activation = activation;
        }
        int n = cells * cells;
        if (classes == null || classes.length != n) {
            classes = new int[n];
            confidence = new float[n];
        }
        int[] out = pixels != null && pixels.length >= n ? pixels : new int[n];
        map.load(p);
        map.classify(bounds.xMin(), bounds.xMax(), bounds.yMin(), bounds.yMax(), cells, cells, classes, confidence);
        double chance = 1.0 / p.shape().classes();
        for (int i = 0; i < n; i++) {
            double sureness = (confidence[i] - chance) / (1 - chance);
            out[i] = ClassColours.regionArgb(classes[i], sureness);
        }
        return out;
    }
}
