package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.descentlab.core.io.CsvRows;
import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.EpochMetrics;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.scene.ComparisonRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Export data… on the network tab: every compared run's epochs, read back exactly (no window needed). */
class NetworkExportsTest {

    private final NetworkTabModel model = new NetworkTabModel();

    @AfterEach
    void stopWorkers() {
        model.close();
    }

    private void trainToTheEnd() {
        model.train();
        for (var run : model.runs()) {
            assertTrue(run.session().awaitEnd(60_000), "the worker ended");
        }
        model.poll(System.nanoTime());
    }

    private static List<List<String>> rows(org.descentlab.ui.export.DataSource data) throws IOException {
        var bytes = new ByteArrayOutputStream();
        data.content().writeTo(bytes);
        return CsvRows.parse(bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyEpochOfEveryComparedRunIsARowOfTheRunsOwnNumbers() throws IOException {
        var c = ClusterSettings.defaults();
        assertTrue(model.regenerate(c.clusters(), 20, c.spread(), c.seed(), 0.25).isEmpty());
        var adam = OptimizerRegistry.find("adam").orElseThrow();
        var gd = OptimizerRegistry.find("gd").orElseThrow();
        assertTrue(model.compare(List.of(new ComparisonRun("Adam", adam, adam.defaults()),
                new ComparisonRun("plain, \"slow\" descent", gd, gd.defaults()))).isEmpty());
        assertTrue(model.setEpochs(3).isEmpty());
        trainToTheEnd();
        var data = NetworkExports.data(model);
        assertEquals("network-metrics.csv", data.fileName());
        assertEquals(6, data.rows());
        var rows = rows(data);
        assertEquals(List.of("run", "epoch", "loss", "accuracy", "val_loss", "val_accuracy"), rows.get(0));
        assertEquals(7, rows.size());
        int row = 1;
        for (var run : model.runs()) {
            assertEquals(3, run.history().size());
            for (EpochMetrics m : run.history()) {
                var fields = rows.get(row++);
                assertEquals(run.label(), fields.get(0));
                assertEquals(m.epoch(), Integer.parseInt(fields.get(1)));
                assertEquals(m.loss(), Double.parseDouble(fields.get(2)), 0);
                assertEquals(m.accuracy(), Double.parseDouble(fields.get(3)), 0);
                assertEquals(m.validationLoss(), Double.parseDouble(fields.get(4)), 0);
                assertEquals(m.validationAccuracy(), Double.parseDouble(fields.get(5)), 0);
            }
        }
        assertEquals("plain, \"slow\" descent", rows.get(6).get(0), "a label with a comma and quotes reads back");
    }

    @Test
    void withoutAValidationSplitItsCellsAreEmpty() throws IOException {
        var c = ClusterSettings.defaults();
        assertTrue(model.regenerate(c.clusters(), 20, c.spread(), c.seed(), 0).isEmpty());
        assertTrue(model.setEpochs(2).isEmpty());
        trainToTheEnd();
        var rows = rows(NetworkExports.data(model));
        assertEquals(3, rows.size());
        for (var fields : rows.subList(1, 3)) {
            assertEquals(List.of("", ""), fields.subList(4, 6), fields.toString());
        }
    }
}
