package org.descentlab.core.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.List;
import org.descentlab.core.descent.Walker;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Extra copies of optimizers in a surfaces scene: stored, read, checked and raced. */
class OptimizerCopiesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final OptimizerType GD = type("gd");
    private static final OptimizerType ADAM = type("adam");

    private static OptimizerType type(String id) {
        return OptimizerRegistry.find(id).orElseThrow();
    }

    /** Himmelblau with GD alone switched on, two GD copies (one from its own start) and an Adam copy. */
    private static SurfacesScene withCopies() {
        var scene = SurfacesScene.forSurface(SurfaceRegistry.find("himmelblau").orElseThrow());
        for (var o : scene.optimizers()) {
            scene = scene.withOptimizer(o.withEnabled(o.type().id().equals("gd")));
        }
        return scene.withRun(60, 0, 0).withCopies(List.of(
                new OptimizerCopy(GD, GD.defaults().with("lr", 0.002)),
                new OptimizerCopy(ADAM, ADAM.defaults().with("lr", 0.05).with("bias_correction", 0)),
                new OptimizerCopy(GD, GD.defaults().with("lr", 0.003), new Point(-3.5, -3 + 1.0 / 3))));
    }

    private static String json(SurfacesScene scene) {
        return SceneJson.write(new Scene(scene, null));
    }

    @Test
    void copiesSurviveWriteAndReadExactly() {
        var scene = withCopies();
        var read = SceneJson.read(json(scene), "copies.dlab.json");
        assertEquals(scene, read.scene().surfaces());
        assertTrue(read.notes().isEmpty(), read.notes().toString());
        assertEquals(-3 + 1.0 / 3, read.scene().surfaces().copies().get(2).start().y());
    }

    @Test
    void noCopiesMeansNoCopiesFieldInTheFile() throws Exception {
        var tree = MAPPER.readTree(json(SurfacesScene.defaults()));
        assertFalse(tree.get("surfaces").has("copies"));
        assertEquals(3, MAPPER.readTree(json(withCopies())).get("surfaces").get("copies").size());
    }

    @Test
    void theOldConstructorMakesASceneWithoutCopies() {
        var s = SurfacesScene.defaults();
        var old = new SurfacesScene(s.surface(), s.start(), s.optimizers(), s.steps(), s.speed(), s.noise(),
                s.noiseSeed(), s.layout(), s.logColours(), s.showInsides(), s.linkLearningRates(), s.restartOnChange());
        assertEquals(List.of(), old.copies());
        assertEquals(s, old);
    }

    @Test
    void aCopyWrittenByHandTakesTheDefaultsOfWhatItLeavesOut() throws Exception {
        var tree = (ObjectNode) MAPPER.readTree(json(SurfacesScene.defaults()));
        ((ObjectNode) tree.get("surfaces")).set("copies", MAPPER.readTree(
                "[{\"optimizer\": \"adam\", \"hyperparameters\": {\"bias_correction\": 0}},"
                + " {\"optimizer\": \"gd\", \"start\": {\"x\": 1.0, \"y\": 2.0}}]"));
        var copies = SceneJson.read(tree.toString(), "hand.dlab.json").scene().surfaces().copies();
        assertEquals(new OptimizerCopy(ADAM, ADAM.defaults().with("bias_correction", 0), null), copies.get(0));
        assertEquals(new OptimizerCopy(GD, GD.defaults(), new Point(1, 2)), copies.get(1));
    }

    @Test
    void theRaceRunsTheEnabledOptimizersThenTheCopiesInSceneOrder() {
        var scene = withCopies();
        var race = scene.race();
        var walkers = race.walkers();
        assertEquals(4, walkers.size());
        assertEquals(List.of(scene.optimizer("gd").values().get("lr"), 0.002, 0.05, 0.003), walkers.stream()
                .map(w -> w.optimizer().hyperparameters().get("lr")).toList());
        assertEquals(scene.start(), walkers.get(1).position());
        assertEquals(new Point(-3.5, -3 + 1.0 / 3), walkers.get(3).position());
        assertTrue(race.hasOwnStart(walkers.get(3)));
        assertFalse(race.hasOwnStart(walkers.get(1)));
    }

    @Test
    void aCopyWithItsOwnStartWalksTheSamePathAsAWalkerAloneFromThere() {
        var scene = withCopies();
        var race = scene.race();
        race.advance(scene.steps());
        var copy = race.walkers().get(3);
        var alone = new Walker(scene.surface(), GD.create(GD.defaults().with("lr", 0.003)),
                new Point(-3.5, -3 + 1.0 / 3));
        for (int k = 0; k < scene.steps(); k++) {
            alone.step();
        }
        assertEquals(scene.steps(), copy.currentStep());
        assertFalse(copy.status().diverged());
        for (int k = 0; k <= scene.steps(); k++) {
            assertEquals(alone.path().x(k), copy.path().x(k), "x at step " + k);
            assertEquals(alone.path().y(k), copy.path().y(k), "y at step " + k);
        }
    }

    @Test
    void copiesAreNamedByTheirOptimizerAndTheirNumberAmongItsCopies() {
        var scene = withCopies();
        assertEquals(List.of("gd#2", "adam#2", "gd#3"), List.of(scene.copyName(0), scene.copyName(1),
                scene.copyName(2)));
    }

    @Test
    void moreThanTwelveCopiesAreRefused() {
        var thirteen = Collections.nCopies(13, new OptimizerCopy(GD, GD.defaults()));
        var e = assertThrows(SettingException.class, () -> SurfacesScene.defaults().withCopies(thirteen));
        assertEquals("surfaces.copies", e.problem().field());
        assertEquals("Number of optimizer copies (surfaces.copies) must be a whole number from 0 to 12, got 13",
                e.getMessage());
        assertEquals(12, SurfacesScene.defaults().withCopies(thirteen.subList(0, 12)).copies().size());
    }

    @Test
    void aCopysOwnStartMustBeWithinTheStartLimit() {
        var far = List.of(new OptimizerCopy(GD, GD.defaults()), new OptimizerCopy(GD, GD.defaults(),
                new Point(0, -2e6)));
        var e = assertThrows(SettingException.class, () -> SurfacesScene.defaults().withCopies(far));
        assertEquals("surfaces.copies[1].start.y", e.problem().field());
        assertTrue(e.getMessage().contains("Start coordinate (surfaces.copies[1].start.y) must be a number from"),
                e.getMessage());
    }

    /** Broken copies in a file: the list to put in {@code surfaces.copies}, the field and words of the message. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[{'optimizer':'gd'},{'optimizer':'gd'},{'optimizer':'lbfgs'}] | surfaces.copies[2].optimizer"
                + " | unknown optimizer 'lbfgs' in surfaces.copies[2].optimizer",
        "[{'optimizer':'gd'},{'optimizer':'gd'},{'optimizer':'gd','hyperparameters':{'lr':1000}}]"
                + " | surfaces.copies[2].hyperparameters.lr"
                + " | gd: Learning rate (surfaces.copies[2].hyperparameters.lr) must be between 1e-05 and 10, got 1000",
        "[{'optimizer':'adam','hyperparameters':{'bias_correction':0.5}}] | surfaces.copies[0].hyperparameters"
                + ".bias_correction | (surfaces.copies[0].hyperparameters.bias_correction) must be 0 (off) or 1 (on)",
        "[{'optimizer':'gd','hyperparameters':{'lr':'fast'}}] | surfaces.copies[0].hyperparameters.lr"
                + " | 'surfaces.copies[0].hyperparameters.lr' must be a number",
        "[{'optimizer':'gd','start':{'x':1}}] | surfaces.copies[0].start.y | 'surfaces.copies[0].start.y' is missing",
        "[{'optimizer':'gd','start':{'x':1,'y':3e6}}] | surfaces.copies[0].start.y"
                + " | Start coordinate (surfaces.copies[0].start.y) must be a number from -1000000 to 1000000",
        "[{'hyperparameters':{'lr':0.1}}] | surfaces.copies[0].optimizer | 'surfaces.copies[0].optimizer' is missing",
        "[3] | surfaces.copies[0] | 'surfaces.copies[0]' must be an object",
        "{'optimizer':'gd'} | surfaces.copies | 'surfaces.copies' must be a list",
    })
    void aBrokenCopyIsRefusedNamingItsField(String copies, String field, String expected) throws Exception {
        var tree = (ObjectNode) MAPPER.readTree(json(SurfacesScene.defaults()));
        ((ObjectNode) tree.get("surfaces")).set("copies", MAPPER.readTree(copies.replace('\'', '"')));
        var e = assertThrows(SettingException.class, () -> SceneJson.read(tree.toString(), "broken.dlab.json"));
        assertEquals(field, e.problem().field());
        assertTrue(e.getMessage().startsWith("broken.dlab.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void thirteenCopiesInAFileAreRefusedNamingTheList() throws Exception {
        var tree = (ObjectNode) MAPPER.readTree(json(SurfacesScene.defaults()));
        var list = ((ObjectNode) tree.get("surfaces")).putArray("copies");
        for (int i = 0; i < 13; i++) {
            list.addObject().put("optimizer", "gd");
        }
        var e = assertThrows(SettingException.class, () -> SceneJson.read(tree.toString(), "many.dlab.json"));
        assertEquals("surfaces.copies", e.problem().field());
        assertEquals("many.dlab.json: Number of optimizer copies (surfaces.copies) must be a whole number from 0 to 12,"
                + " got 13", e.getMessage());
    }
}
