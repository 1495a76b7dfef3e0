package org.descentlab.core.landscape;

import org.descentlab.core.nn.FastLoss;

/**
 * Computes rows of a {@link LandscapePlan}'s samples: for each, the point θ + a·d₁ + b·d₂ in double, then the mean
 * cross-entropy of the data there on the fast float path. Thread-confined: one sampler per thread.
 */
public final class LandscapeSampler {

    private final LandscapePlan plan;
    private final FastLoss loss;
    private final double[] theta;
    private final double[] point;

    LandscapeSampler(LandscapePlan plan, FastLoss loss) {
        this.plan = plan;
        this.loss = loss;
        theta = plan.request().centre().values();
        point = new double[theta.length];
    }

    /** The loss at (a, b). */
    public double lossAt(double a, double b) {
        plan.plane().pointAt(theta, a, b, point);
        return loss.loss(point);
    }

    /** The losses of row {@code j} into {@code values[j·N … j·N + N − 1]}. */
    public void sampleRow(int j, double[] values) {
        int n = plan.size();
        double b = plan.b(j);
        for (int i = 0; i < n; i++) {
            values[j * n + i] = lossAt(plan.a(i), b);
        }
    }
}
