package org.descentlab.core.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SceneJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A scene whose every field differs from the defaults, so that a field lost in a round trip shows. */
    static Scene unusualScene() {
        var nag = OptimizerRegistry.find("nag").orElseThrow();
        var adamw = OptimizerRegistry.find("adamw").orElseThrow();
        var surfaces = SurfacesScene.forSurface(SurfaceRegistry.find("himmelblau").orElseThrow())
                .withStart(new Point(0.1 + 0.2, -1.0 / 3))
                .withRun(777, 0.125, 42)
                .withOptimizer(new OptimizerSetup(nag, true, nag.defaults().with("lr", 3e-4).with("momentum", 0.95)))
                .withOptimizer(new OptimizerSetup(adamw, false, adamw.defaults().with("weight_decay", 0.07)));
        surfaces = new SurfacesScene(surfaces.surface(), surfaces.start(), surfaces.optimizers(), surfaces.steps(),
                37.5, surfaces.noise(), surfaces.noiseSeed(), RaceLayout.SIDE_BY_SIDE, !surfaces.logColours(), true,
                true, true);
        var momentum = OptimizerRegistry.find("momentum").orElseThrow();
        var adam = OptimizerRegistry.find("adam").orElseThrow();
        surfaces = surfaces.withInsight(new InsightSetup(true, true, true, 1e-4, 2.5, 31, true, 80,
                List.of(momentum, adam)));
        var rms = OptimizerRegistry.find("rmsprop").orElseThrow();
        var gd = OptimizerRegistry.find("gd").orElseThrow();
        var network = new NetworkScene(new DataSetup("data/points.npz", 7, 123, 0.7, 99, 0.2),
                new NetworkSetup(33, Activation.TANH, 5, "start.npz", 3),
                new TrainingSetup(rms, rms.defaults().with("lr", 0.003), NetworkLimits.FULL_BATCH, 250, false, 17, 12),
                List.of(new ComparisonRun("GD 0.1", gd, gd.defaults().with("lr", 0.1)),
                        new ComparisonRun("RMSProp", rms, rms.defaults())));
        return new Scene(surfaces, network);
    }

    @Test
    void everyFieldSurvivesWriteAndRead() {
        Scene scene = unusualScene();
        var read = SceneJson.read(SceneJson.write(scene), "test");
        assertEquals(scene, read.scene());
        assertTrue(read.notes().isEmpty(), read.notes().toString());
    }

    @Test
    void theUnusualSceneDiffersFromTheDefaultsInEverySection() {
        var scene = unusualScene();
        var defaults = Scene.defaults();
        assertNotEquals(defaults.surfaces(), scene.surfaces());
        var insight = scene.surfaces().insight();
        var usual = InsightSetup.defaults();
        assertTrue(insight.showCurvature() != usual.showCurvature() && insight.showGhosts() != usual.showGhosts()
                && insight.showSweep() != usual.showSweep() && insight.sweepLrMin() != usual.sweepLrMin()
                && insight.sweepLrMax() != usual.sweepLrMax() && insight.sweepPoints() != usual.sweepPoints()
                && insight.showBasins() != usual.showBasins() && insight.basinGrid() != usual.basinGrid()
                && !insight.basinOptimizers().equals(usual.basinOptimizers()), "every insight field differs");
        assertNotEquals(defaults.network().data(), scene.network().data());
        assertNotEquals(defaults.network().network(), scene.network().network());
        assertNotEquals(defaults.network().training(), scene.network().training());
    }

    @Test
    void doublesRoundTripExactly() {
        var read = SceneJson.read(SceneJson.write(unusualScene()), "test").scene();
        assertEquals(0.1 + 0.2, read.surfaces().start().x()); // 0.30000000000000004, not 0.3
        assertEquals(-1.0 / 3, read.surfaces().start().y());
    }

    @Test
    void unknownFieldsAreIgnoredWithANote() throws Exception {
        var tree = (ObjectNode) MAPPER.readTree(SceneJson.write(unusualScene()));
        tree.put("comment", "from a newer app");
        ((ObjectNode) tree.get("surfaces")).put("sweep", true);
        var read = SceneJson.read(tree.toString(), "new.dlab.json");
        assertEquals(unusualScene(), read.scene());
        assertEquals(2, read.notes().size(), read.notes().toString());
        assertTrue(read.notes().get(1).contains("surfaces.sweep"), read.notes().toString());
    }

    @Test
    void aFileWithoutLayersHasOneHiddenLayerAsBeforeNetworksHadDepth() throws Exception {
        var tree = (ObjectNode) MAPPER.readTree(SceneJson.write(unusualScene()));
        ((ObjectNode) tree.at("/network/network")).remove("layers");
        var read = SceneJson.read(tree.toString(), "old.dlab.json");
        var network = unusualScene().network();
        assertEquals(network.withNetwork(network.network().withLayers(1)), read.scene().network());
        assertTrue(read.notes().isEmpty(), read.notes().toString());
    }

    @Test
    void layersAreWrittenOnlyForADeeperNetworkSoOneLayerFilesStayAsTheyWere() throws Exception {
        var defaults = MAPPER.readTree(SceneJson.write(Scene.defaults()));
        assertTrue(defaults.at("/network/network/layers").isMissingNode(), defaults.toString());
        var deep = MAPPER.readTree(SceneJson.write(unusualScene()));
        assertEquals(3, deep.at("/network/network/layers").asInt());
        assertEquals(3, unusualScene().network().trainingSettings().layers());
    }

    @Test
    void aSceneMaySetOnlyOneTab() {
        var only = new Scene(null, NetworkScene.defaults());
        var read = SceneJson.read(SceneJson.write(only), "n").scene();
        assertEquals(null, read.surfaces());
        assertEquals(NetworkScene.defaults(), read.network());
    }

    /**
     * Broken scenes: each is the unusual scene's JSON with one change (a JSON pointer and new JSON text, or
     * "-" to remove the field), and the words its message must contain.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/format | \"numpy\" | not a Descent Lab scene",
        "/version | 2 | written by a newer Descent Lab",
        "/version | \"1\" | 'version' must be a whole number",
        "/surfaces/surface | \"moon\" | unknown surface 'moon'",
        "/surfaces/start/x | - | 'surfaces.start.x' is missing",
        "/surfaces/start/y | 2e6 | Start coordinate (surfaces.start.y) must be a number from -1000000 to 1000000",
        "/surfaces/steps | 0 | Steps (surfaces.steps) must be a whole number from 1 to 1000000",
        "/surfaces/steps | 1.5 | 'surfaces.steps' must be a whole number",
        "/surfaces/steps | 5000000000 | Steps (surfaces.steps) must be a whole number",
        "/surfaces/noise | 11 | Gradient noise σ (surfaces.noise) must be a number from 0 to 10",
        "/surfaces/layout | \"stacked\" | layout must be 'overlay' or 'side-by-side'",
        "/surfaces/logColours | \"yes\" | 'surfaces.logColours' must be true or false",
        "/surfaces/optimizers/0/optimizer | \"lbfgs\" | unknown optimizer 'lbfgs'",
        "/surfaces/optimizers/0/hyperparameters/lr | 1000 | Learning rate must be between",
        "/surfaces/optimizers/0/hyperparameters/lr | - | 'surfaces.optimizers[0].hyperparameters.lr' is missing",
        "/surfaces/optimizers | {} | 'surfaces.optimizers' must be a list",
        "/surfaces/insight | 3 | 'surfaces.insight' must be an object",
        "/surfaces/insight/showGhosts | 1 | 'surfaces.insight.showGhosts' must be true or false",
        "/surfaces/insight/sweepLrMin | 0 | Smallest learning rate of the sweep (surfaces.insight.sweepLrMin)",
        "/surfaces/insight/sweepLrMax | 20 | Largest learning rate of the sweep (surfaces.insight.sweepLrMax)",
        "/surfaces/insight/sweepLrMax | 1e-5 | The sweep's largest learning rate (1e-05) must be above its smallest",
        "/surfaces/insight/sweepPoints | 1 | Learning rates in the sweep (surfaces.insight.sweepPoints) must be",
        "/surfaces/insight/basinGrid | 1000 | Basin map grid (surfaces.insight.basinGrid) must be a whole number",
        "/surfaces/insight/basinOptimizers | [] | Number of basin maps (surfaces.insight.basinOptimizers) must be",
        "/surfaces/insight/basinOptimizers/0 | \"lbfgs\" | 'lbfgs' in surfaces.insight.basinOptimizers[0]",
        "/surfaces/insight/basinOptimizers/1 | 7 | 'surfaces.insight.basinOptimizers[1]' must be an optimizer id",
        "/network/data/clusters | 100 | Clusters (network.data.clusters) must be a whole number from 2 to 50",
        "/network/data/pointsPerCluster | 20000 | Points per cluster (network.data.pointsPerCluster)",
        "/network/data/source | \"web\" | data source must be 'file' or one of [clusters, spiral, xor, circles, moons]",
        "/network/network/hidden | 4096 | Hidden units (network.network.hidden) must be a whole number from 1 to 1024",
        "/network/network/activation | \"swish\" | activation must be sigmoid, tanh or relu",
        "/network/network/layers | 5 | Hidden layers (network.network.layers) must be a whole number from 1 to 4",
        "/network/network/layers | 0 | Hidden layers (network.network.layers) must be a whole number from 1 to 4",
        "/network/network/layers | 2.5 | 'network.network.layers' must be a whole number",
        "/network/network/layers | \"two\" | 'network.network.layers' must be a whole number",
        "/network/training/batchSize | \"most\" | 'network.training.batchSize' must be a whole number",
        "/network/training/epochs | - | 'network.training.epochs' is missing",
        "/network/training/epochs | 2000000 | Epochs (network.training.epochs) must be a whole number",
        "/network/comparison | [{\"label\":\"x\",\"optimizer\":\"gd\",\"hyperparameters\":{\"lr\":0.1}}] | needs 2 to 4 runs",
        "/network/comparison/0/label | \"\" | needs a label",
    })
    void aBrokenSceneIsRefusedWithAMessageNamingTheField(String pointer, String json, String expected)
            throws Exception {
        var tree = (ObjectNode) MAPPER.readTree(SceneJson.write(unusualScene()));
        int cut = pointer.lastIndexOf('/');
        var parent = tree.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), MAPPER.readTree(json));
        } else if (json.equals("-")) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, MAPPER.readTree(json));
        }
        var e = assertThrows(SettingException.class, () -> SceneJson.read(tree.toString(), "broken.dlab.json"));
        assertTrue(e.getMessage().startsWith("broken.dlab.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'' | the file is empty",
        "{\"format\": | not valid JSON (line 1",
        "[1, 2] | expected a JSON object",
        "{} | 'format' is missing",
        "{\"format\":\"descent-lab-scene\",\"version\":1} | must set up the surfaces tab, the network tab or both",
    })
    void textThatIsNotASceneIsRefused(String text, String expected) {
        var e = assertThrows(SettingException.class, () -> SceneJson.read(text, "x.dlab.json"));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
