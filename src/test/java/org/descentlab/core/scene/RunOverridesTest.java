package org.descentlab.core.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.TrainingSettings;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The L2 penalty of the training setup, and compared runs with their own batch size, activation and L2 penalty: their
 * scene-file shape, their settings, and the memory check over runs of different batch sizes.
 */
class RunOverridesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final OptimizerType ADAM = OptimizerRegistry.find("adam").orElseThrow();
    private static final OptimizerType ADAMW = OptimizerRegistry.find("adamw").orElseThrow();
    private static final OptimizerType GD = OptimizerRegistry.find("gd").orElseThrow();

    /** Batch size 1 / 32 / full at matched epochs, one run in ReLU, one with its own L2 penalty. */
    static NetworkScene scene() {
        var d = NetworkScene.defaults();
        return d.withTraining(d.training().withL2(0.01)).withComparison(List.of(
                new ComparisonRun("SGD", GD, GD.defaults()).withBatchSize(1),
                new ComparisonRun("batch 32", GD, GD.defaults()),
                new ComparisonRun("full, ReLU", GD, GD.defaults()).withBatchSize(NetworkLimits.FULL_BATCH)
                        .withActivation(Activation.RELU),
                new ComparisonRun("AdamW", ADAMW, ADAMW.defaults()).withL2(0.0)));
    }

    private static ObjectNode network(String json) throws Exception {
        return (ObjectNode) MAPPER.readTree(json).get("network");
    }

    @Test
    void overridesAndThePenaltySurviveWriteAndRead() {
        var scene = new Scene(null, scene());
        var read = SceneJson.read(SceneJson.write(scene), "runs.dlab.json");
        assertEquals(scene, read.scene());
        assertTrue(read.notes().isEmpty(), read.notes().toString());
    }

    @Test
    void aRunsOwnSettingsAreWrittenOnlyWhenSetAndAFullBatchAsFull() throws Exception {
        var n = network(SceneJson.write(new Scene(null, scene())));
        var runs = n.get("comparison");
        assertEquals(1, runs.get(0).get("batchSize").asInt());
        assertEquals(List.of("label", "optimizer", "hyperparameters", "batchSize"), fields(runs.get(0)));
        assertEquals(List.of("label", "optimizer", "hyperparameters"), fields(runs.get(1)));
        assertEquals("full", runs.get(2).get("batchSize").asText());
        assertEquals("relu", runs.get(2).get("activation").asText());
        assertEquals(0.0, runs.get(3).get("l2").asDouble(), "an explicit 0 is written: no penalty for this run");
        assertEquals(0.01, n.get("training").get("l2").asDouble());
    }

    @Test
    void noPenaltyIsNotWrittenAndAFileWithoutOneReadsAsZero() throws Exception {
        String defaults = SceneJson.write(new Scene(null, NetworkScene.defaults()));
        assertFalse(network(defaults).get("training").has("l2"), defaults);

        var tree = (ObjectNode) MAPPER.readTree(SceneJson.write(new Scene(null, scene())));
        ((ObjectNode) tree.get("network").get("training")).remove("l2");
        var read = SceneJson.read(tree.toString(), "old.dlab.json");
        assertEquals(0, read.scene().network().training().l2());
        assertTrue(read.notes().isEmpty(), read.notes().toString());
    }

    /** The shape a lesson file is written in, by hand. */
    @Test
    void aHandWrittenLessonComparisonReadsAsMeant() {
        String text = """
                {"format": "descent-lab-scene", "version": 1, "network": {
                  "data": {"source": "clusters", "clusters": 4, "pointsPerCluster": 50, "spread": 1, "seed": 0,
                           "validationSplit": 0},
                  "network": {"hidden": 16, "activation": "sigmoid", "initSeed": 0, "initParameters": null},
                  "training": {"optimizer": "gd", "hyperparameters": {"lr": 0.1}, "batchSize": 32, "epochs": 50,
                               "shuffle": true, "shuffleSeed": 1, "speedLimit": 0, "l2": 0.01},
                  "comparison": [
                    {"label": "sigmoid", "optimizer": "gd", "hyperparameters": {"lr": 0.1}},
                    {"label": "ReLU, SGD", "optimizer": "gd", "hyperparameters": {"lr": 0.1}, "batchSize": 1,
                     "activation": "relu", "l2": 0.5},
                    {"label": "full", "optimizer": "gd", "hyperparameters": {"lr": 0.1}, "batchSize": "full"}]}}
                """;
        var read = SceneJson.read(text, "lesson.dlab.json");
        assertTrue(read.notes().isEmpty(), read.notes().toString());
        var n = read.scene().network();
        assertEquals(0.01, n.training().l2());
        var runs = n.comparison();
        assertNull(runs.get(0).batchSize());
        assertNull(runs.get(0).activation());
        assertNull(runs.get(0).l2());
        assertEquals(1, runs.get(1).batchSize());
        assertEquals(Activation.RELU, runs.get(1).activation());
        assertEquals(0.5, runs.get(1).l2());
        assertEquals(NetworkLimits.FULL_BATCH, runs.get(2).batchSize());

        var settings = n.runSettings();
        assertEquals(List.of(32, 1, TrainingSettings.FULL_BATCH), settings.stream().map(TrainingSettings::batchSize)
                .toList());
        assertEquals(List.of(Activation.SIGMOID, Activation.RELU, Activation.SIGMOID),
                settings.stream().map(TrainingSettings::activation).toList());
        assertEquals(List.of(0.01, 0.5, 0.01), settings.stream().map(TrainingSettings::l2).toList());
    }

    /** Each broken override is the scene's JSON with one change, and the words its message must contain. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/network/comparison/0/batchSize | 0 | Batch size (network.comparison[0].batchSize) must be a whole number"
                + " from 1 to 500000, got 0",
        "/network/comparison/0/batchSize | \"half\" | 'network.comparison[0].batchSize' must be a whole number",
        "/network/comparison/2/activation | \"swish\" | activation must be sigmoid, tanh or relu, got 'swish'",
        "/network/comparison/3/l2 | 2 | L2 penalty λ (network.comparison[3].l2) must be a number from 0 to 1, got 2",
        "/network/comparison/3/l2 | \"lots\" | 'network.comparison[3].l2' must be a number",
        "/network/training/l2 | -0.5 | L2 penalty λ (network.training.l2) must be a number from 0 to 1, got -0.5",
        "/network/training/l2 | null | 'network.training.l2' must be a number",
    })
    void aBrokenOverrideIsRefusedNamingItsEntry(String pointer, String json, String words) throws Exception {
        var tree = (ObjectNode) MAPPER.readTree(SceneJson.write(new Scene(null, scene())));
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) tree.at(pointer.substring(0, slash))).set(pointer.substring(slash + 1), MAPPER.readTree(json));
        var e = assertThrows(SettingException.class, () -> SceneJson.read(tree.toString(), "bad.dlab.json"));
        assertTrue(e.getMessage().startsWith("bad.dlab.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }

    @Test
    void aRunsSettingsAreTheMainRunsWithItsOwnOptimizerAndOverrides() {
        var base = NetworkScene.defaults().trainingSettings().withL2(0.01);
        var plain = new ComparisonRun("GD", GD, GD.defaults().with("lr", 0.1));
        assertEquals(base.withOptimizer(GD, GD.defaults().with("lr", 0.1)), plain.settings(base));
        assertFalse(plain.overrides());
        var all = plain.withBatchSize(1).withActivation(Activation.TANH).withL2(0.0);
        assertTrue(all.overrides());
        assertEquals(base.withOptimizer(GD, GD.defaults().with("lr", 0.1)).withBatchSize(1)
                .withActivation(Activation.TANH).withL2(0), all.settings(base));
        assertEquals(all, all.withL2(-0.0), "−0 is the same penalty as 0");
        var e = assertThrows(SettingException.class, () -> plain.withL2(1.5));
        assertEquals("network.comparison.l2", e.problem().field());
        assertThrows(SettingException.class, () -> plain.withBatchSize(0));
        assertEquals(NetworkLimits.FULL_BATCH, plain.withBatchSize(NetworkLimits.FULL_BATCH).batchSize());
    }

    @Test
    void preparedRunsKeepTheirOwnSettingsAndShareDataAndStart() {
        var prepared = PreparedNetwork.prepare(scene(), null, 1L << 30);
        assertEquals(scene().runSettings(), prepared.runs());
        assertEquals(List.of("SGD", "batch 32", "full, ReLU", "AdamW"), prepared.labels());
        var trainers = List.of(prepared.trainer(0), prepared.trainer(2));
        for (var trainer : trainers) {
            assertEquals(prepared.start(), trainer.parameters(), "every run starts from the same weights");
        }
        assertEquals(1000, prepared.trainer(0).batchesPerEpoch());
        assertEquals(1, prepared.trainer(2).batchesPerEpoch());
        assertSame(prepared.split(), PreparedNetwork.prepare(scene(), null, 1L << 30, prepared).split());
    }

    @Test
    void theMemoryNeededIsSummedOverTheRunsOwnBatchSizes() {
        long points = 1000;
        long small = NetworkLimits.trainingBytes(points, 128, 10, 32);
        long full = NetworkLimits.trainingBytes(points, 128, 10, NetworkLimits.FULL_BATCH);
        assertTrue(full > small);
        long enoughForSmallRuns = (long) ((3 * small) / NetworkLimits.HEAP_SHARE) + 10;
        assertNull(NetworkLimits.memoryProblem(points, 128, 10, List.of(32, 32, 32), enoughForSmallRuns));
        var problem = NetworkLimits.memoryProblem(points, 128, 10, List.of(32, 32, NetworkLimits.FULL_BATCH),
                enoughForSmallRuns);
        assertTrue(problem.message().startsWith("Not enough memory: full batches of 1000 points (the largest) through"
                + " 128 hidden units in 3 runs"), problem.message());
        long exactlyEnough = (long) ((2 * small + full) / NetworkLimits.HEAP_SHARE) + 10;
        assertNull(NetworkLimits.memoryProblem(points, 128, 10, List.of(32, 32, NetworkLimits.FULL_BATCH),
                exactlyEnough));
        assertEquals(NetworkLimits.memoryProblem(points, 128, 10, 32, 3, enoughForSmallRuns),
                NetworkLimits.memoryProblem(points, 128, 10, List.of(32, 32, 32), enoughForSmallRuns));
    }

    @Test
    void preparingRefusesAComparisonWhoseFullBatchRunWouldNotFitThoughTheMainBatchWould() {
        var seed = NetworkScene.defaults(); // 1000 points, 2-128-10, batches of 32
        long perRun = NetworkLimits.trainingBytes(1000, 128, 10, 32);
        long enoughForTwoRunsOf32 = (long) (2 * perRun / NetworkLimits.HEAP_SHARE) + 10;
        var fits = seed.withComparison(List.of(new ComparisonRun("a", GD, GD.defaults()),
                new ComparisonRun("b", ADAM, ADAM.defaults())));
        assertEquals(2, PreparedNetwork.prepare(fits, null, enoughForTwoRunsOf32).runs().size());
        var full = seed.withComparison(List.of(new ComparisonRun("a", GD, GD.defaults()),
                new ComparisonRun("b", ADAM, ADAM.defaults()).withBatchSize(NetworkLimits.FULL_BATCH)));
        var e = assertThrows(SettingException.class, () -> PreparedNetwork.prepare(full, null, enoughForTwoRunsOf32));
        assertTrue(e.getMessage().startsWith("Not enough memory: full batches of 1000 points (the largest)"),
                e.getMessage());
    }

    private static List<String> fields(com.fasterxml.jackson.databind.JsonNode node) {
        var names = new java.util.ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
