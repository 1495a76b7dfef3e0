package org.descentlab.core.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.descentlab.core.descent.LearningRateSweep;
import org.descentlab.core.optim.OptimizerRegistry;
import org.junit.jupiter.api.Test;

class InsightSetupTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theDefaultsSwitchEveryViewOffAndSweepAndMapAsTheIssueSays() {
        var d = InsightSetup.defaults();
        assertFalse(d.showCurvature() || d.showGhosts() || d.showSweep() || d.showBasins());
        assertEquals(LearningRateSweep.DEFAULT_GRID, d.sweepGrid());
        assertEquals(120, d.basinGrid());
        assertEquals(List.of(OptimizerRegistry.find("gd").orElseThrow()), d.basinOptimizers());
        assertEquals(d, SurfacesScene.defaults().insight());
    }

    @Test
    void aSceneFileWrittenBeforeTheInsightViewsOpensWithTheirDefaults() throws Exception {
        var scene = SceneJsonTest.unusualScene();
        var tree = (ObjectNode) MAPPER.readTree(SceneJson.write(scene));
        ((ObjectNode) tree.get("surfaces")).remove("insight");
        var read = SceneJson.read(tree.toString(), "old.dlab.json");
        assertEquals(scene.surfaces().withInsight(InsightSetup.defaults()), read.scene().surfaces());
        assertTrue(read.notes().isEmpty(), read.notes().toString());
    }

    @Test
    void anInsightPartWithSomeFieldsTakesTheDefaultsForTheRest() throws Exception {
        var tree = (ObjectNode) MAPPER.readTree(SceneJson.write(SceneJsonTest.unusualScene()));
        var insight = MAPPER.createObjectNode();
        insight.put("showSweep", true);
        insight.put("sweepPoints", 7);
        insight.put("futureView", true);
        ((ObjectNode) tree.get("surfaces")).set("insight", insight);
        var read = SceneJson.read(tree.toString(), "partial.dlab.json");
        var d = InsightSetup.defaults();
        assertEquals(new InsightSetup(false, false, true, d.sweepLrMin(), d.sweepLrMax(), 7, false, d.basinGrid(),
                d.basinOptimizers()), read.scene().surfaces().insight());
        assertEquals(List.of("ignored the field 'surfaces.insight.futureView', which this version does not know"),
                read.notes());
    }

    @Test
    void aSweepWhoseEndsAreInTheWrongOrderIsRefusedWithAWordingAndTheField() {
        var d = InsightSetup.defaults();
        var e = assertThrows(SettingException.class, () -> d.withSweep(0.1, 0.01, 61));
        assertEquals("The sweep's largest learning rate (0.01) must be above its smallest (0.1)", e.getMessage());
        assertEquals("surfaces.insight.sweepLrMax", e.problem().field());
        assertEquals(Problem.Wording.of("problem.sweep_order", "0.01", "0.1"), e.problem().wording());
        assertThrows(SettingException.class, () -> d.withSweep(0.1, 0.1, 61));
    }

    @Test
    void everyLimitIsCheckedWithItsName() {
        var d = InsightSetup.defaults();
        var gd = OptimizerRegistry.find("gd").orElseThrow();
        assertEquals("Learning rates in the sweep (surfaces.insight.sweepPoints) must be a whole number from 2 to "
                + "1000, got 1", assertThrows(SettingException.class, () -> d.withSweep(1e-5, 10, 1)).getMessage());
        assertEquals("Basin map grid (surfaces.insight.basinGrid) must be a whole number from 2 to 400, got 401",
                assertThrows(SettingException.class, () -> d.withBasins(401, List.of(gd))).getMessage());
        assertEquals("Number of basin maps (surfaces.insight.basinOptimizers) must be a whole number from 1 to 2, "
                + "got 3", assertThrows(SettingException.class, () -> d.withBasins(120, List.of(gd, gd, gd)))
                .getMessage());
        assertThrows(SettingException.class, () -> d.withSweep(1e-6, 10, 61));
    }

    @Test
    void theSceneCarriesItsInsightThroughEveryOtherChange() {
        var insight = InsightSetup.defaults().withViews(true, true, false, true);
        var scene = SurfacesScene.defaults().withInsight(insight);
        assertEquals(insight, scene.withStart(new org.descentlab.core.surface.Point(0, 1)).insight());
        assertEquals(insight, scene.withRun(10, 0.5, 3).insight());
        assertEquals(insight, scene.withCopies(List.of()).insight());
        assertEquals(insight, scene.withOptimizer(scene.optimizers().get(0).withEnabled(false)).insight());
    }
}
