package org.descentlab.core.nn;

import java.util.SplittableRandom;

/**
 * Inverted dropout's masks for one {@link BatchKernel}: for every hidden layer k, point b and unit j a multiplier
 * mask[k][b][j], 0 for a dropped unit and 1/(1 − p) for a kept one, so that the expected output of a unit is its
 * output without dropout. The forward pass multiplies each hidden layer's outputs by its mask (keeping the outputs
 * before it, which the activation's derivative needs); back-propagation multiplies the error ∂L/∂h by the same mask.
 *
 * <p>A unit is dropped when 32 random bits, read as an unsigned number u, are below T = round(p·2³²): it is kept with
 * probability 1 − T/2³², which differs from 1 − p by at most 2⁻³³; with the scale rounded to float, E[mask] = 1 to within
 * 10⁻⁷. Two units take one
 * {@code nextLong} (its low half first), layer by layer, point by point, unit by unit: the same stream gives the same
 * masks on every machine.
 */
final class DropoutMasks {

    private final int depth;
    private final int hidden;
    private final float[][][] mask;
    private final float[][][] unmasked;
    private long threshold;
    private float scale;

    /** Masks for {@code depth} hidden layers of {@code hidden} units and batches of up to {@code capacity} points. */
    DropoutMasks(int depth, int capacity, int hidden) {
        this.depth = depth;
        this.hidden = hidden;
        mask = new float[depth][capacity][hidden];
        unmasked = new float[depth][capacity][hidden];
    }

    /** The share p of units to drop, 0 &lt; p &lt; 1. */
    void share(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("dropout share must be in (0, 1): " + p);
        }
        threshold = Math.round(p * 0x1p32);
        scale = (float) (1 / (1 - p));
    }

    /** Draws the masks of {@code count} points from {@code random} (see the class comment for the order). */
    void draw(SplittableRandom random, int count) {
        long bits = 0;
        boolean high = false;
        for (int k = 0; k < depth; k++) {
            for (int b = 0; b < count; b++) {
                float[] m = mask[k][b];
                for (int j = 0; j < hidden; j++) {
                    if (!high) {
                        bits = random.nextLong();
                    }
                    long unit = high ? bits >>> 32 : bits & 0xFFFF_FFFFL;
                    high = !high;
                    m[j] = unit < threshold ? 0f : scale;
                }
            }
        }
    }

    /** Puts given multipliers ([layer][point][unit]) as the masks of {@code count} points. */
    void set(float[][][] values, int count) {
        for (int k = 0; k < depth; k++) {
            for (int b = 0; b < count; b++) {
                System.arraycopy(values[k][b], 0, mask[k][b], 0, hidden);
            }
        }
    }

    /** Layer k's mask, mask[b][j]. */
    float[][] layer(int k) {
        return mask[k];
    }

    /** Layer k's outputs before its mask, as {@link #drop} kept them. */
    float[][] unmasked(int k) {
        return unmasked[k];
    }

    /** Keeps rows[b] (hidden layer k's outputs) for b &lt; count, then multiplies them by the mask in place. */
    void drop(float[][] rows, int k, int count) {
        for (int b = 0; b < count; b++) {
            float[] h = rows[b];
            float[] m = mask[k][b];
            System.arraycopy(h, 0, unmasked[k][b], 0, hidden);
            for (int j = 0; j < hidden; j++) {
                h[j] *= m[j];
            }
        }
    }

    /** ∂L/∂h before layer k's mask = ∂L/∂h after it ⊙ the mask, in place in delta. */
    void dropError(float[][] delta, int k, int count) {
        for (int b = 0; b < count; b++) {
            float[] d = delta[b];
            float[] m = mask[k][b];
            for (int j = 0; j < hidden; j++) {
                d[j] *= m[j];
            }
        }
    }
}
