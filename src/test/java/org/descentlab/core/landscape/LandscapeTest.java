package org.descentlab.core.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.descentlab.core.io.DatasetFile;
import org.descentlab.core.io.ParameterFile;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.Evaluation;
import org.descentlab.core.nn.GaussianClusters;
import org.descentlab.core.nn.GlorotUniform;
import org.descentlab.core.nn.NetworkShape;
import org.descentlab.core.nn.Parameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LandscapeTest {

    @TempDir
    static Path dir;
    static Dataset seedData;
    static Parameters seedParams;

    @BeforeAll
    static void readFixtures() throws IOException {
        seedData = DatasetFile.read(fixture("ch2_dataset.npz"));
        seedParams = ParameterFile.read(fixture("ch2_parameters.npz"));
    }

    private static Path fixture(String name) throws IOException {
        try (InputStream in = LandscapeTest.class.getResourceAsStream("/fixtures/" + name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    private static Landscape compute(LandscapeRequest request) {
        return LandscapePlan.of(request).compute(rows -> { }, () -> false);
    }

    @Test
    void theCentreOfTheLandscapeIsTheLossEvaluateGivesOnTheSameFiles() {
        var landscape = compute(new LandscapeRequest(seedData, seedParams, Activation.SIGMOID, null,
                Directions.RANDOM, 5, Double.NaN, 0));

        assertEquals(0.0, landscape.a(2));
        assertEquals(0.0, landscape.b(2));
        // evaluate's double reference network, and numpy's 0.255548 from the fixtures' README.
        assertEquals(Evaluation.of(seedParams, Activation.SIGMOID, seedData).loss(), landscape.value(2, 2), 1e-6);
        assertEquals(0.255548, landscape.value(2, 2), 1e-6);
    }

    @Test
    void aSampleIsTheReferenceLossAtItsPointOfThePlane() {
        var landscape = compute(new LandscapeRequest(seedData, seedParams, Activation.SIGMOID, null,
                Directions.RANDOM, 5, 0.5, 3));
        double[] d1 = landscape.plane().direction(0);
        double[] d2 = landscape.plane().direction(1);
        double[] theta = seedParams.values();
        // Column 4, row 1: a = 0.5, b = 0.25.
        double[] point = new double[theta.length];
        for (int p = 0; p < theta.length; p++) {
            point[p] = theta[p] + 0.5 * d1[p] + 0.25 * d2[p];
        }
        double expected = Evaluation.of(new Parameters(seedParams.shape(), point), Activation.SIGMOID, seedData).loss();

        assertEquals(0.5, landscape.a(4));
        assertEquals(0.25, landscape.b(1));
        assertEquals(expected, landscape.value(4, 1), 1e-5 * expected);
        assertTrue(Math.abs(expected - landscape.value(2, 2)) > 0.01, "the sample is off the centre's loss");
    }

    @Test
    void aDeepNetworksLandscapeIsItsReferenceLossAtTheCentreAndAtASample() {
        var shape = new NetworkShape(2, 10, 3, 4);
        var data = GaussianClusters.generate(new ClusterSettings(3, 50, 1, 5, 8, 0));
        var theta = GlorotUniform.initialize(shape, 8);
        var landscape = compute(new LandscapeRequest(data, theta, Activation.SIGMOID, null, Directions.RANDOM, 3,
                0.5, 1));
        double[] d1 = landscape.plane().direction(0);
        double[] d2 = landscape.plane().direction(1);
        double[] corner = theta.values().clone();
        for (int p = 0; p < corner.length; p++) {
            corner[p] += -0.5 * d1[p] + 0.5 * d2[p]; // sample (0, 0): a = −S, b = S
        }

        assertEquals(Evaluation.of(theta, Activation.SIGMOID, data).loss(), landscape.value(1, 1), 1e-6);
        assertEquals(Evaluation.of(new Parameters(shape, corner), Activation.SIGMOID, data).loss(),
                landscape.value(0, 0), 1e-6);
    }

    @Test
    void theGridsCellCentresAreTheSamplesWithRowZeroAtTheTop() {
        var landscape = compute(new LandscapeRequest(seedData, seedParams, Activation.SIGMOID, null,
                Directions.RANDOM, 5, 2, 0));
        var grid = landscape.grid();
        double[] expected = {-2, -1, 0, 1, 2};
        for (int i = 0; i < 5; i++) {
            assertEquals(expected[i], landscape.a(i));
            assertEquals(expected[4 - i], landscape.b(i));
            assertEquals(expected[i], grid.x(i), 1e-12);
            assertEquals(expected[4 - i], grid.y(i), 1e-12);
            assertEquals(landscape.value(i, 1), grid.value(i, 1));
        }
        var map = landscape.heatMap();
        assertNull(map.surface());
        assertEquals(25, map.linearPixels().length);
    }

    /** A 2-2-2 network (12 parameters) and a path in a known plane, as in {@link PrincipalDirectionsTest}. */
    private static LandscapeRequest tinyPcaRequest(double span) {
        var shape = new NetworkShape(2, 2, 2);
        double[] u = {0.5, 0.5, 0.5, 0.5, 0, 0, 0, 0, 0, 0, 0, 0};
        double[] w = {0, 0, 0, 0, 0, 0, 0.5, -0.5, 0.5, -0.5, 0, 0};
        double[] theta = {0.5, -1, 2, 0.25, 1, 0, 0.75, -0.5, 1, 1.5, 0, -0.25};
        double[] t = {-3, -2, -1, 0};
        double[] s = {-1, 1, 1, 0};
        float[][] rows = new float[4][12];
        for (int k = 0; k < 4; k++) {
            for (int p = 0; p < 12; p++) {
                rows[k][p] = (float) (theta[p] + t[k] * u[p] + s[k] * w[p]);
            }
        }
        var data = new Dataset(new double[] {1, 0, 0, 1, -1, -1}, new int[] {0, 1, 1}, 2);
        return new LandscapeRequest(data, new Parameters(shape, theta), Activation.TANH,
                Trajectory.of(new int[] {0, 1, 2, 3}, rows), Directions.PCA, 11, span, 0);
    }

    @Test
    void pcasDefaultSpanHoldsTheProjectedPathWithAMargin() {
        var plan = LandscapePlan.of(tinyPcaRequest(Double.NaN));

        PathProjection path = plan.path();
        PrincipalDirectionsTest.assertVector(new double[] {-3, -2, -1, 0}, path.a(), 1e-12);
        PrincipalDirectionsTest.assertVector(new double[] {-1, 1, 1, 0}, path.b(), 1e-12);
        assertEquals(3 * 1.25, plan.span(), 1e-12, "the path reaches 3; a quarter more on every side");
        assertEquals(14.0 / 17, plan.plane().share(0), 1e-12);
        assertEquals(2.5, LandscapePlan.of(tinyPcaRequest(2.5)).span(), "a span given is kept");
    }

    @Test
    void randomDirectionsSpanOneByDefaultAndStillShowTheirPath() {
        var pca = tinyPcaRequest(Double.NaN);
        var request = new LandscapeRequest(pca.data(), pca.centre(), pca.activation(), pca.trajectory(),
                Directions.RANDOM, 11, Double.NaN, 4);

        var plan = LandscapePlan.of(request);

        assertEquals(1.0, plan.span());
        assertEquals(4, plan.path().size());
        assertEquals(0, plan.path().a()[3], 1e-12, "the last snapshot is the centre");
    }

    @Test
    void aStoppedComputationGivesNothingAndCountsTheRowsItDid() {
        var plan = LandscapePlan.of(tinyPcaRequest(Double.NaN));
        var rows = new AtomicInteger();
        var asked = new AtomicInteger();

        Landscape stopped = plan.compute(rows::set, () -> asked.incrementAndGet() > 3);
        Landscape whole = plan.compute(rows::set, () -> false);

        assertNull(stopped);
        assertEquals(11, rows.get());
        assertEquals(11, whole.size());
        assertTrue(Double.isFinite(whole.value(10, 10)));
    }

    @Test
    void aRequestThatCannotBeComputedSaysWhy() {
        var ok = tinyPcaRequest(Double.NaN);
        var e = assertThrows(IllegalArgumentException.class, () -> new LandscapeRequest(ok.data(), ok.centre(),
                ok.activation(), null, Directions.PCA, 11, Double.NaN, 0));
        assertTrue(e.getMessage().contains("trajectory"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LandscapeRequest(ok.data(), seedParams,
                ok.activation(), ok.trajectory(), Directions.PCA, 11, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new LandscapeRequest(ok.data(), ok.centre(),
                ok.activation(), ok.trajectory(), Directions.PCA, 1, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new LandscapeRequest(ok.data(), ok.centre(),
                ok.activation(), ok.trajectory(), Directions.PCA, 11, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LandscapeRequest(seedData, ok.centre(),
                ok.activation(), ok.trajectory(), Directions.PCA, 11, Double.NaN, 0), "10 classes, 2 outputs");
    }
}
