package org.descentlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each picture against its definition, computed here from the shape's equation rather than from the generator's
 * parametrisation. The pinned first and last points are re-derived by {@code tools/expected/playground_data.py} from
 * a port of {@code java.util.Random} and the documented draw order.
 */
class PlaygroundDataTest {

    private static final int N = 400;

    private static Dataset clean(DatasetKind kind) {
        return PlaygroundData.generate(kind, N, 0, 3);
    }

    @Test
    void noiselessSpiralPointsHaveTheAngleTheirRadiusGives() {
        Dataset d = clean(DatasetKind.SPIRAL);
        for (int i = 0; i < d.size(); i++) {
            double r = Math.hypot(d.x(i), d.y(i));
            assertTrue(r < 10 + 1e-5, "radius " + r);
            // r = 10·t and θ = 1.75·2π·t (+π for the second arm), so θ = 1.75·2π·r/10 + label·π.
            double angle = 1.75 * 2 * Math.PI * r / 10 + d.labels()[i] * Math.PI;
            assertEquals(r * Math.sin(angle), d.x(i), 1e-4, "x of point " + i);
            assertEquals(r * Math.cos(angle), d.y(i), 1e-4, "y of point " + i);
        }
    }

    @Test
    void noiselessCirclesAreADiscOfRadiusFiveInsideARingFromSevenToTen() {
        Dataset d = clean(DatasetKind.CIRCLES);
        double[] low = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] high = {0, 0};
        for (int i = 0; i < d.size(); i++) {
            double r = Math.hypot(d.x(i), d.y(i));
            int c = d.labels()[i];
            low[c] = Math.min(low[c], r);
            high[c] = Math.max(high[c], r);
        }
        assertTrue(high[0] <= 5 + 1e-5 && low[1] >= 7 - 1e-5 && high[1] <= 10 + 1e-5, Arrays.toString(low)
                + Arrays.toString(high));
        // And the bands are filled: 400 uniform radii reach within 0.2 of each end (fails with odds < 1e-7).
        assertTrue(low[0] < 0.2 && high[0] > 4.8 && low[1] < 7.2 && high[1] > 9.8);
    }

    @Test
    void noiselessMoonsLieOnScikitLearnsHalfCirclesScaled() {
        Dataset d = clean(DatasetKind.MOONS);
        double scale = 20.0 / 3.0;
        for (int i = 0; i < d.size(); i++) {
            // Back to make_moons' unit frame: undo the scale and the centring shift (−½, −¼).
            double u = d.x(i) / scale + 0.5;
            double v = d.y(i) / scale + 0.25;
            if (d.labels()[i] == 0) {
                assertEquals(1, Math.hypot(u, v), 1e-5, "upper moon, point " + i);
                assertTrue(v >= -1e-6, "upper half: " + v);
            } else {
                assertEquals(1, Math.hypot(u - 1, v - 0.5), 1e-5, "lower moon, point " + i);
                assertTrue(v <= 0.5 + 1e-6, "lower half: " + v);
            }
        }
    }

    @Test
    void noiselessXorLabelIsTheSignRuleAwayFromTheAxes() {
        Dataset d = clean(DatasetKind.XOR);
        for (int i = 0; i < d.size(); i++) {
            double x = d.x(i);
            double y = d.y(i);
            assertEquals(x * y > 0 ? 0 : 1, d.labels()[i], "point " + i);
            for (double c : new double[] {x, y}) {
                assertTrue(Math.abs(c) >= 0.6 - 1e-6 && Math.abs(c) <= 10.6 + 1e-5, "coordinate " + c);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatasetKind.class, names = "CLUSTERS", mode = EnumSource.Mode.EXCLUDE)
    void nPointsOfClassZeroThenNOfClassOne(DatasetKind kind) {
        Dataset d = PlaygroundData.generate(kind, 37, 0.4, 1);
        assertEquals(74, d.size());
        assertEquals(2, d.classes());
        for (int i = 0; i < 74; i++) {
            assertEquals(i < 37 ? 0 : 1, d.labels()[i]);
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatasetKind.class, names = "CLUSTERS", mode = EnumSource.Mode.EXCLUDE)
    void sameSeedSameBitsAndAnotherSeedOtherPoints(DatasetKind kind) {
        Dataset a = PlaygroundData.generate(kind, 100, 0.5, 11);
        Dataset b = PlaygroundData.generate(kind, 100, 0.5, 11);
        assertArrayEquals(a.inputs(), b.inputs());
        assertArrayEquals(a.labels(), b.labels());
        assertFalse(Arrays.equals(a.inputs(), PlaygroundData.generate(kind, 100, 0.5, 12).inputs()));
        // Without noise too: the position along the shape is drawn from the seed.
        assertFalse(Arrays.equals(PlaygroundData.generate(kind, 100, 0, 11).inputs(),
                PlaygroundData.generate(kind, 100, 0, 12).inputs()));
    }

    @ParameterizedTest
    @EnumSource(value = DatasetKind.class, names = "CLUSTERS", mode = EnumSource.Mode.EXCLUDE)
    void noiseIsGaussianWithSigmaOnEachCoordinate(DatasetKind kind) {
        int n = 2000;
        double sigma = 0.8;
        // The same seed draws the same shape points whatever σ: the residual is the noise alone.
        Dataset noisy = PlaygroundData.generate(kind, n, sigma, 5);
        Dataset clean = PlaygroundData.generate(kind, n, 0, 5);
        double[] residual = new double[noisy.inputs().length];
        for (int i = 0; i < residual.length; i++) {
            residual[i] = (noisy.inputs()[i] - clean.inputs()[i]) / sigma;
        }
        int m = residual.length; // 8000 standard normal draws, if the noise is right
        double mean = Arrays.stream(residual).average().orElseThrow();
        double variance = Arrays.stream(residual).map(r -> (r - mean) * (r - mean)).sum() / (m - 1);
        // Mean within 4/√m of 0; sd within 4/√(2m) of 1 (its standard error); each fails with odds ~1e-4.
        assertEquals(0, mean, 4 / Math.sqrt(m));
        assertEquals(1, Math.sqrt(variance), 4 / Math.sqrt(2.0 * m));
        // Gaussian, not uniform: about 4.6 % of draws lie beyond 2σ (a uniform of σ 1 has none beyond √3).
        long far = Arrays.stream(residual).filter(r -> Math.abs(r) > 2).count();
        assertEquals(0.0455, far / (double) m, 4 * Math.sqrt(0.0455 * 0.9545 / m));
    }

    @ParameterizedTest
    @CsvSource({
        "SPIRAL, 7.564521f, -1.5406018f, -7.2661867f, 0.51501036f",
        "XOR, 5.127857f, 8.317254f, -7.4158797f, 4.2279654f",
        "CIRCLES, -3.7395692f, 0.20649567f, 5.4981337f, -5.451293f",
        "MOONS, -7.3768454f, 3.0953524f, 7.5201774f, -3.4638965f"})
    void firstAndLastPointsMatchThePythonRebuild(DatasetKind kind, String x0, String y0, String x1, String y1) {
        Dataset d = PlaygroundData.generate(kind, 50, 0.3, 7);
        assertEquals(Float.parseFloat(x0), (float) d.x(0), 0);
        assertEquals(Float.parseFloat(y0), (float) d.y(0), 0);
        assertEquals(Float.parseFloat(x1), (float) d.x(99), 0);
        assertEquals(Float.parseFloat(y1), (float) d.y(99), 0);
    }

    @Test
    void coordinatesAreFloat32() {
        for (double v : PlaygroundData.generate(DatasetKind.SPIRAL, 100, 0.3, 0).inputs()) {
            assertEquals(v, (double) (float) v, 0);
        }
    }

    @Test
    void refusesClustersNoPointsAndBadNoise() {
        assertThrows(IllegalArgumentException.class, () -> PlaygroundData.generate(DatasetKind.CLUSTERS, 5, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> PlaygroundData.generate(DatasetKind.MOONS, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> PlaygroundData.generate(DatasetKind.MOONS, 5, -1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> PlaygroundData.generate(DatasetKind.MOONS, 5, Double.NaN, 0));
    }

    @Test
    void validationSplitHoldsOutTheFractionOfEachClass() {
        Dataset d = PlaygroundData.generate(DatasetKind.SPIRAL, 300, 0.2, 0);
        DatasetSplit split = DatasetSplit.stratified(d, 0.2, 0);
        assertEquals(480, split.train().size());
        assertEquals(120, split.validation().size());
        assertEquals(60, Arrays.stream(split.validation().labels()).filter(l -> l == 1).count());
    }
}
