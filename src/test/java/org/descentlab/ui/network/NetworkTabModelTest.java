package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.Evaluation;
import org.descentlab.core.optim.OptimizerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network tab's logic, without the JavaFX toolkit. */
class NetworkTabModelTest {

    @TempDir
    Path dir;

    private final NetworkTabModel model = new NetworkTabModel();

    @AfterEach
    void stopWorkers() {
        model.close();
    }

    static Path fixture(Path dir, String name) throws IOException {
        try (InputStream in = NetworkTabModelTest.class.getResourceAsStream("/fixtures/" + name)) {
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        }
    }

    @Test
    void opensWithTheSeedScriptsSettings() {
        var c = model.clustersProperty().get();
        assertEquals(List.of(10, 100, 1.0, 0L), List.of(c.clusters(), c.pointsPerCluster(), c.spread(), c.seed()));
        var s = model.settings();
        assertEquals(128, s.hidden());
        assertEquals(Activation.SIGMOID, s.activation());
        assertEquals("adam", s.optimizer().id());
        assertEquals(0.001, s.hyperparameters().get("lr"), 0);
        assertEquals(32, s.batchSize());
        assertEquals(1000, s.epochs());
        assertEquals(1000, model.dataset().size());
    }

    @Test
    void theSeedsParametersOnTheSeedsDataScoreEightyNinePointSixPercent() throws IOException {
        assertNull(model.loadDataset(fixture(dir, "ch2_dataset.npz")));
        assertNull(model.loadParameters(fixture(dir, "ch2_parameters.npz")));
        var e = Evaluation.of(model.parameters(), model.settings().activation(), model.dataset());
        assertEquals(89.6, e.accuracy(), 1e-9);
        assertEquals(0.255548, e.loss(), 5e-7);
    }

    @Test
    void aCorruptFileIsRefusedAndNothingChanges() throws IOException {
        var data = model.dataset();
        var parameters = model.parameters();
        Path corrupt = dir.resolve("broken.npz");
        Files.write(corrupt, new byte[] {'P', 'K', 3, 4, 0, 0, 7});
        String problem = model.loadParameters(corrupt);
        assertNotNull(problem);
        assertTrue(problem.startsWith("broken.npz: "), problem);
        assertNotNull(model.loadDataset(corrupt));
        assertSame(data, model.dataset());
        assertArrayEquals(parameters.values(), model.parameters().values());
    }

    @Test
    void parametersOfAnotherClassCountAreRefused() throws IOException {
        assertNull(model.regenerate(4, 50, 1, 0, 0));
        String problem = model.loadParameters(fixture(dir, "ch2_parameters.npz"));
        assertTrue(problem.contains("10 outputs but the data has 4 classes"), problem);
    }

    @Test
    void aValidationSplitNeverTakesAClassesLastTrainingPoint() {
        // Three classes of one point each with half held out: every point must stay in training.
        assertNull(model.regenerate(3, 1, 1, 0, 0.5));
        assertEquals(3, model.split().train().size());
        assertEquals(0, model.split().validation().size());
        assertEquals(0, model.poll(0), "runs exist and can be polled");
    }

    @Test
    void aDatasetWithANonNumberIsRefusedAndNothingChanges() throws IOException {
        Path bad = dir.resolve("nan.npz");
        org.descentlab.core.io.DatasetFile.write(bad, new org.descentlab.core.nn.Dataset(
                new double[] {0, 0, 1, Double.NaN, 2, 2}, new int[] {0, 1, 1}, 2));
        var data = model.dataset();
        String problem = model.loadDataset(bad);
        assertNotNull(problem);
        assertTrue(problem.startsWith("nan.npz: 'inputs' holds NaN"), problem);
        assertSame(data, model.dataset());
    }

    @Test
    void resetStartsAgainFromTheSameInitialWeights() throws Exception {
        var initial = model.parameters().values().clone();
        model.oneEpoch();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (model.epoch() < 1 && System.nanoTime() < deadline) {
            model.poll(System.nanoTime());
            Thread.sleep(2);
        }
        assertEquals(1, model.epoch());
        model.reset();
        assertArrayEquals(initial, model.parameters().values());
    }

    @Test
    void badDataSettingsAreRefusedAndTheDataStay() {
        var data = model.dataset();
        assertNotNull(model.regenerate(1, 100, 1, 0, 0));
        assertNotNull(model.regenerate(10, 100, -1, 0, 0));
        assertNotNull(model.regenerate(10, 100, 1, 0, 0.9));
        assertSame(data, model.dataset());
        assertNotNull(model.setNetwork(0, Activation.TANH, 0));
        assertNotNull(model.setHyperparameter("lr", 1e3));
        assertEquals(0.001, model.settings().hyperparameters().get("lr"), 0);
    }

    @Test
    void aComparisonStartsEveryRunFromTheSameWeights() {
        var entries = OptimizerRegistry.all().stream().limit(3)
                .map(t -> new ComparisonEntry(t.name(), t, t.defaults())).toList();
        assertNull(model.compare(entries));
        assertEquals(3, model.runs().size());
        var first = model.runs().get(0).parameters().values();
        model.runs().forEach(r -> assertArrayEquals(first, r.parameters().values()));
        assertNotNull(model.compare(entries.subList(0, 1)));
        model.stopComparing();
        assertEquals(1, model.runs().size());
    }
}
