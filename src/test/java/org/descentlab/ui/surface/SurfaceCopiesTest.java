package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.scene.OptimizerCopy;
import org.descentlab.core.scene.OptimizerSetup;
import org.descentlab.core.scene.SurfaceLimits;
import org.descentlab.core.scene.SurfacesScene;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.SurfaceRegistry;
import org.descentlab.ui.widgets.OptimizerColours;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.Test;

/** Extra copies of an optimizer in the surface tab's model: applied, raced, saved, named and coloured. */
class SurfaceCopiesTest {

    private final SurfaceTabModel model = new SurfaceTabModel();

    private static OptimizerType type(String id) {
        return OptimizerRegistry.find(id).orElseThrow();
    }

    /** Gradient descent alone on Himmelblau at γ = 0.01, with copies at two other rates and one from its own start. */
    private static SurfacesScene gdThreeWays() {
        var gd = type("gd");
        var scene = SurfacesScene.forSurface(SurfaceRegistry.find("himmelblau").orElseThrow());
        for (var o : scene.optimizers()) {
            scene = scene.withOptimizer(new OptimizerSetup(o.type(), o.type() == gd, o.values()));
        }
        scene = scene.withOptimizer(new OptimizerSetup(gd, true, gd.defaults().with("lr", 0.01)));
        return scene.withCopies(List.of(
                new OptimizerCopy(gd, gd.defaults().with("lr", 0.002)),
                new OptimizerCopy(gd, gd.defaults().with("lr", 0.02)),
                new OptimizerCopy(gd, gd.defaults().with("lr", 0.01), new Point(-4, 4))));
    }

    @Test
    void anAppliedSceneRacesItsCopiesBitForBitLikeTheScenesOwnRace() {
        var scene = gdThreeWays().withRun(1000, 0.3, 4);
        model.apply(scene);
        assertEquals(4, model.racingSlots().size());
        assertEquals(4, model.race().walkers().size());
        var reference = scene.race();
        reference.advance(150);
        for (int i = 0; i < 150; i++) {
            model.singleStep();
        }
        var walkers = model.race().walkers();
        for (int w = 0; w < walkers.size(); w++) {
            var a = walkers.get(w).path();
            var b = reference.walkers().get(w).path();
            assertEquals(b.size(), a.size());
            assertEquals(b.x(a.size() - 1), a.x(a.size() - 1), 0, "walker " + w);
            assertEquals(b.y(a.size() - 1), a.y(a.size() - 1), 0, "walker " + w);
        }
        var own = model.copies().get(2);
        assertEquals(new Point(-4, 4), model.race().startOf(own.walker()));
        assertEquals(-4, own.walker().path().x(0), 0);
    }

    @Test
    void theSceneOnShowKeepsItsCopiesAndTheirChanges() {
        var scene = gdThreeWays();
        model.apply(scene);
        assertEquals(scene, model.scene());

        assertNull(model.setHyperparameter(model.copies().get(0), "lr", 0.005));
        var copy = model.addCopy(model.slot("adam"));
        assertNotNull(copy);
        assertNull(model.setHyperparameter(copy, "bias_correction", 0));
        var saved = model.scene();
        assertEquals(4, saved.copies().size());
        assertEquals(0.005, saved.copies().get(0).values().get("lr"), 0);
        assertEquals(type("adam"), saved.copies().get(3).type());
        assertEquals(0, saved.copies().get(3).values().get("bias_correction"), 0);
        assertEquals(new Point(-4, 4), saved.copies().get(2).start());
        assertNull(saved.copies().get(0).start());
    }

    @Test
    void aCopysNewValueAppliesFromTheNextStepAndItsOwnStartStaysWhenTheCommonStartMoves() {
        model.apply(gdThreeWays());
        var slow = model.copies().get(0);
        model.singleStep();
        var before = slow.walker().position();
        assertNull(model.setHyperparameter(slow, "lr", 1e-4));
        assertEquals(before, slow.walker().position(), "the point is kept");
        assertEquals(1e-4, slow.walker().optimizer().hyperparameters().get("lr"), 0);

        model.setStart(new Point(1, 1));
        assertEquals(new Point(1, 1), slow.walker().position());
        assertEquals(new Point(-4, 4), model.copies().get(2).walker().position(), "its own start stays");
    }

    @Test
    void aCopyAddedMidRaceCatchesUpAndARemovedOneLeavesTheRace() {
        for (int i = 0; i < 7; i++) {
            model.singleStep();
        }
        var copy = model.addCopy(model.slot("momentum"));
        assertEquals(7, copy.walker().currentStep());
        assertEquals(model.slot("momentum").valuesProperty().get(), copy.valuesProperty().get());
        assertEquals(7, model.race().walkers().size());
        assertTrue(model.racingSlots().indexOf(copy) == model.racingSlots().indexOf(model.slot("momentum")) + 1,
                "listed right under its optimizer");

        model.removeCopy(copy);
        assertEquals(6, model.race().walkers().size());
        assertFalse(model.racingSlots().contains(copy));
        assertTrue(model.scene().copies().isEmpty());
    }

    @Test
    void noMoreCopiesThanTheSceneAllowsAndEachKeepsItsColour() {
        var gd = model.slot("gd");
        var added = new ArrayList<OptimizerSlot>();
        for (int i = 0; i < SurfaceLimits.COPIES.max(); i++) {
            added.add(model.addCopy(gd));
        }
        assertFalse(model.canAddCopy());
        assertNull(model.addCopy(gd), "one past the limit is refused");
        var colours = new HashSet<>(added.stream().map(OptimizerSlot::colour).toList());
        assertEquals(added.size(), colours.size(), "every copy its own colour");
        for (int i = 0; i < OptimizerRegistry.all().size(); i++) {
            assertFalse(colours.contains(OptimizerColours.of(i)), "no copy takes optimizer " + i + "'s colour");
        }
        var third = added.get(2).colour();
        model.removeCopy(added.get(1));
        assertEquals(third, added.get(2).colour(), "removing one leaves the others' colours");
        var again = model.addCopy(gd);
        assertEquals(added.get(1).colour(), again.colour(), "the free colour is taken again");
        assertNotEquals(added.get(1).key(), added.get(2).key());
    }

    @Test
    void copiesAreNamedByTheirOptimizerAndWhatDiffersInTheNotesSymbols() {
        model.apply(gdThreeWays());
        String gd = Names.optimizer(type("gd"));
        var names = model.racingSlots().stream().map(model::nameOf).toList();
        assertEquals(List.of(gd + " γ=0.01", gd + " γ=0.002", gd + " γ=0.02", gd + " γ=0.01 (-4, 4)"), names);
        assertEquals(Names.optimizer(type("adam")), model.nameOf(model.slot("adam")), "alone, just its name");
        model.removeCopy(model.copies().get(0));
        model.removeCopy(model.copies().get(0));
        model.setStart(new Point(1.5, -0.5));
        assertEquals(List.of(gd + " (1.5, -0.5)", gd + " (-4, 4)"),
                model.racingSlots().stream().map(model::nameOf).toList(), "only the starts differ: both are written");

        var adam = model.slot("adam");
        adam.enabledProperty().set(true);
        var twin = model.addCopy(adam);
        assertEquals(Names.optimizer(type("adam")) + " #2", model.nameOf(twin), "alike in everything: a number");
        model.setHyperparameter(twin, "bias_correction", 0);
        model.setHyperparameter(twin, "beta1", 0.5);
        String label = Names.hyperparameter(type("adam"), type("adam").hyperparameters().stream()
                .filter(h -> h.key().equals("bias_correction")).findFirst().orElseThrow());
        assertEquals(Names.optimizer(type("adam")) + " β1=0.5 " + Words.format("surfaces.copy.switchOff", label),
                model.nameOf(twin));
    }

    @Test
    void theNotesSymbolsAreWrittenAsPlainText() {
        assertEquals("β1", RacerNames.plain("\\beta_1"));
        assertEquals("M\u0302, G\u0302", RacerNames.plain("\\hat{M},\\hat{G}"));
        assertEquals("G0", RacerNames.plain("G_0"));
        assertEquals("γ", RacerNames.plain("\\gamma"));
        assertEquals("wd", RacerNames.plain("\\mathrm{wd}"));
    }

    @Test
    void aNewSurfaceKeepsTheCopiesAndDropsAnOwnStartOutsideIt() {
        model.apply(gdThreeWays());
        model.setSurface(SurfaceRegistry.find("rosenbrock").orElseThrow());
        assertEquals(3, model.copies().size());
        assertEquals(0.002, model.copies().get(0).valuesProperty().get().get("lr"), 0);
        assertNull(model.copies().get(2).ownStart(), "(-4, 4) lies outside Rosenbrock's plot, [-2, 2] × [-1, 3]");
        assertEquals(4, model.race().walkers().size());
    }
}
