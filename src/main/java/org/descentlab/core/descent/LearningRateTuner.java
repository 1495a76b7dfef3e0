package org.descentlab.core.descent;

import org.descentlab.core.optim.Hyperparameters;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;

/**
 * Picks a learning rate that makes an optimizer's path watchable on a surface: the <em>gentlest</em> of 1, 2 and
 * 5 × 10ᵏ (from 1e-5 to 10) that, within the given number of steps and without diverging, either brings f − f* down
 * to 1 % of its starting value or settles (the gradient norm falls to 1 % of its starting value: a local minimum
 * counts, since being trapped there is part of the lesson). If none does, the one that ends lowest.
 *
 * <p>Gradient-scaled methods (GD, momentum) and scale-free ones (Adam's family) need learning rates that differ by
 * orders of magnitude on the same surface; tuning each on the surface keeps a race watchable without hand-written
 * presets per optimizer. Small steps are preferred because a path of many short steps shows the method's character,
 * while a lucky long jump shows only luck.
 */
public final class LearningRateTuner {

    /** Candidate learning rates: 1, 2, 5 per decade. */
    private static final double[] MANTISSAS = {1, 2, 5};
    /** Fraction of the starting gap f − f* that counts as arrived. */
    private static final double ARRIVED = 0.01;

    private LearningRateTuner() {
    }

    /** The chosen learning rate for {@code type} (its other hyperparameters at their defaults). */
    public static double tune(Surface surface, Point start, OptimizerType type, int steps) {
        double fStar = surface.info().minimumValue();
        double target = ARRIVED * Math.max(0, surface.value(start.x(), start.y()) - fStar);
        double[] g0 = new double[2];
        surface.gradient(start.x(), start.y(), g0);
        double settled = ARRIVED * Math.hypot(g0[0], g0[1]);
        double fallback = type.defaults().get("lr");
        double lowestEnd = Double.POSITIVE_INFINITY;
        for (int exponent = -5; exponent <= 1; exponent++) {
            for (double mantissa : MANTISSAS) {
                double lr = mantissa * Math.pow(10, exponent);
                if (lr < Hyperparameters.LR_MIN || lr > Hyperparameters.LR_MAX) {
                    continue;
                }
                var walker = new Walker(surface, type.create(type.defaults().with("lr", lr)), start);
                for (int k = 0; k < steps && walker.step() && !walker.status().diverged(); k++) {
                    // run
                }
                if (walker.status().diverged()) {
                    continue;
                }
                double gap = walker.loss() - fStar;
                if (gap <= target || walker.gradientNorm() <= settled) {
                    return lr;
                }
                if (gap < lowestEnd) {
                    lowestEnd = gap;
                    fallback = lr;
                }
            }
        }
        return fallback;
    }
}
