package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.Test;

/** The surface tab's logic, without the JavaFX toolkit. */
class SurfaceTabModelTest {

    private final SurfaceTabModel model = new SurfaceTabModel();

    private static final long SECOND = 1_000_000_000L;

    @Test
    void opensWithTheSixClassicOptimizersEnabled() {
        Set<String> enabled = model.enabledSlots().stream().map(s -> s.type().id()).collect(Collectors.toSet());
        assertEquals(Set.of("gd", "momentum", "nag", "adagrad", "rmsprop", "adam"), enabled);
        assertEquals(11, model.slots().size());
        assertEquals(6, model.race().walkers().size());
    }

    @Test
    void aSingleStepAdvancesEveryEnabledWalkerByExactlyOne() {
        model.singleStep();
        model.singleStep();
        for (OptimizerSlot slot : model.enabledSlots()) {
            assertEquals(2, slot.walker().currentStep(), slot.type().id());
        }
        assertEquals(2, model.clockProperty().get());
    }

    @Test
    void framesTakeElapsedTimeTimesSpeedSteps() {
        model.stepsPerSecondProperty().set(100);
        model.playingProperty().set(true);
        assertEquals(1, model.onFrame(10 * SECOND), "the first frame after Play moves at once");
        assertEquals(10, model.onFrame(10 * SECOND + SECOND / 10));
        assertEquals(5, model.onFrame(10 * SECOND + SECOND / 10 + SECOND / 20));
        assertEquals(16, model.clockProperty().get());
    }

    @Test
    void aLongFrameIsCappedAndAPausedModelTakesNoSteps() {
        model.stepsPerSecondProperty().set(1000);
        model.playingProperty().set(true);
        model.onFrame(0);
        assertEquals(SurfaceTabModel.MAX_STEPS_PER_FRAME, model.onFrame(5 * SECOND));
        model.playingProperty().set(false);
        assertEquals(0, model.onFrame(6 * SECOND));
    }

    @Test
    void theRaceEndsAtTheMaximumStepsAndPauses() {
        model.maxStepsProperty().set(30);
        model.stepsPerSecondProperty().set(1000);
        model.playingProperty().set(true);
        for (long t = 0; t < 10; t++) {
            model.onFrame(t * SECOND / 10);
        }
        assertEquals(30, model.clockProperty().get());
        assertFalse(model.playingProperty().get());
        model.togglePlaying();
        assertEquals(0, model.clockProperty().get(), "Play on a finished race starts it again");
    }

    @Test
    void aNewLearningRateAppliesFromTheNextStepAndKeepsThePoint() {
        var gd = model.slot("gd");
        model.singleStep();
        var before = gd.walker().position();
        assertNull(model.setHyperparameter(gd, "lr", 1e-4));
        assertEquals(before, gd.walker().position());
        assertEquals(1e-4, gd.walker().optimizer().hyperparameters().get("lr"), 0);
        model.singleStep();
        assertEquals(2, gd.walker().currentStep());
        // The second step used the new rate: x₂ = x₁ − 1e-4·∂f/∂x(x₁), checked against the surface's gradient.
        double[] g = new double[2];
        model.surface().gradient(before.x(), before.y(), g);
        assertEquals(before.x() - 1e-4 * g[0], gd.walker().position().x(), 1e-12);
    }

    @Test
    void restartOnChangeSendsEveryWalkerBackToTheStart() {
        model.restartOnChangeProperty().set(true);
        model.singleStep();
        model.singleStep();
        model.setHyperparameter(model.slot("adam"), "beta1", 0.8);
        model.enabledSlots().forEach(s -> assertEquals(0, s.walker().currentStep()));
    }

    @Test
    void linkedLearningRatesMoveByTheSameFactorWithinTheRange() {
        model.linkLearningRatesProperty().set(true);
        double gd = model.slot("gd").valuesProperty().get().get("lr");
        double adam = model.slot("adam").valuesProperty().get().get("lr");
        assertNull(model.setHyperparameter(model.slot("gd"), "lr", gd * 2));
        assertEquals(adam * 2, model.slot("adam").valuesProperty().get().get("lr"), 1e-15);
        model.setHyperparameter(model.slot("gd"), "lr", 10);
        model.slots().forEach(s -> assertTrue(s.valuesProperty().get().get("lr") <= 10));
    }

    @Test
    void anOutOfRangeValueIsRefusedWithAMessageAndTheOldValueStays() {
        var gd = model.slot("gd");
        var old = gd.valuesProperty().get();
        String problem = model.setHyperparameter(gd, "lr", 1e3);
        assertNotNull(problem);
        assertTrue(problem.contains("between 1e-05 and 10"), problem);
        assertEquals(old, gd.valuesProperty().get());
        assertNotNull(model.setHyperparameter(gd, "lr", -1));
    }

    @Test
    void theStartPointIsClampedToTheBoundsAndRestartsTheRace() {
        model.singleStep();
        model.setStart(new Point(99, 0.5));
        assertEquals(new Point(2, 0.5), model.startProperty().get());
        model.enabledSlots().forEach(s -> {
            assertEquals(0, s.walker().currentStep());
            assertEquals(new Point(2, 0.5), s.walker().position());
        });
    }

    @Test
    void learningRateTenOnRosenbrockMarksGradientDescentDiverged() {
        var gd = model.slot("gd");
        assertNull(model.setHyperparameter(gd, "lr", 10));
        for (int i = 0; i < 20; i++) {
            model.singleStep();
        }
        assertTrue(gd.walker().status().diverged());
        assertTrue(WalkerStatusText.describe(gd.walker(), model.race()).startsWith("diverged at step "));
        assertTrue(WalkerStatusText.alarming(gd.walker()));
    }

    @Test
    void anOptimizerTickedMidRaceCatchesUpWithTheClock() {
        model.singleStep();
        model.singleStep();
        model.slot("nadam").enabledProperty().set(true);
        assertEquals(2, model.slot("nadam").walker().currentStep());
        model.slot("nadam").enabledProperty().set(false);
        assertNull(model.slot("nadam").walker());
        assertEquals(6, model.race().walkers().size());
    }

    @Test
    void choosingASurfaceMovesTheStartPausesAndPicksItsColourScale() {
        model.playingProperty().set(true);
        model.setSurface(SurfaceRegistry.find("saddle").orElseThrow());
        assertFalse(model.playingProperty().get());
        assertEquals(new Point(-1.8, 0), model.startProperty().get());
        assertFalse(model.logColourScaleProperty().get());
        model.setSurface(SurfaceRegistry.find("beale").orElseThrow());
        assertTrue(model.logColourScaleProperty().get());
    }

    @Test
    void gradientDescentStartedOnTheRidgeIsStuckAtTheSaddlePoint() {
        model.setSurface(SurfaceRegistry.find("saddle").orElseThrow());
        model.setStart(new Point(-1.8, 0));
        model.maxStepsProperty().set(5000);
        for (int i = 0; i < 5000 && !model.slot("gd").walker().status().converged(); i++) {
            model.singleStep();
        }
        assertTrue(WalkerStatusText.describe(model.slot("gd").walker(), model.race())
                .startsWith("stuck at the saddle, step "));
    }

    @Test
    void onTheSaddleEveryWalkerIsSaidToBeAtTheSaddleWhenTheRaceEnds() {
        model.setSurface(SurfaceRegistry.find("saddle").orElseThrow());
        model.race().advance(1000);
        for (OptimizerSlot slot : model.enabledSlots()) {
            String status = WalkerStatusText.describe(slot.walker(), model.race());
            assertTrue(status.equals("at the saddle point") || status.startsWith("stuck at the saddle, step "),
                    slot.type().id() + ": " + status);
        }
    }

    @Test
    void onRastriginAWalkerInADimpleIsSaidToBeAtALocalMinimum() {
        model.setSurface(SurfaceRegistry.find("rastrigin").orElseThrow());
        var adam = model.slot("adam");
        for (int i = 0; i < 1000 && !adam.walker().status().converged(); i++) {
            model.singleStep();
        }
        assertTrue(WalkerStatusText.describe(adam.walker(), model.race()).startsWith("local minimum, step "),
                WalkerStatusText.describe(adam.walker(), model.race()));
        assertTrue(WalkerStatusText.explain(adam.walker(), model.race()).endsWith("at a local minimum."));
    }

    @Test
    void aSurfaceOpensWithTheRatesItsDescriptionNeedsAndTunesTheOthers() {
        var elongated = SurfaceRegistry.find("elongated").orElseThrow();
        model.setSurface(elongated);
        assertEquals(0.45, model.slot("gd").valuesProperty().get().get("lr"), 0);
        assertEquals(0.05, model.slot("momentum").valuesProperty().get().get("lr"), 0);
        var adam = model.slot("adam");
        assertEquals(org.descentlab.core.descent.LearningRateTuner.tune(elongated, elongated.info().start(),
                adam.type(), SurfaceTabModel.TUNING_STEPS), adam.valuesProperty().get().get("lr"), 0);
        assertEquals(0.45, model.slot("gd").walker().optimizer().hyperparameters().get("lr"), 0, "the race uses it");
    }

    @Test
    void tuneRatesReplacesTheOpeningRatesWithTunedOnes() {
        var elongated = SurfaceRegistry.find("elongated").orElseThrow();
        model.setSurface(elongated);
        model.tuneLearningRates();
        var gd = model.slot("gd");
        assertEquals(org.descentlab.core.descent.LearningRateTuner.tune(elongated, elongated.info().start(),
                gd.type(), SurfaceTabModel.TUNING_STEPS), gd.valuesProperty().get().get("lr"), 0);
        assertTrue(gd.valuesProperty().get().get("lr") < 0.45);
    }

    @Test
    void declaredDefaultsRestoreTheCommandLineValues() {
        model.useDeclaredDefaults();
        model.slots().forEach(s -> assertEquals(s.type().defaults(), s.valuesProperty().get()));
    }

    @Test
    void theSceneOnShowIsTheSceneApplied() {
        var nag = org.descentlab.core.optim.OptimizerRegistry.find("nag").orElseThrow();
        var scene = org.descentlab.core.scene.SurfacesScene.forSurface(SurfaceRegistry.find("beale").orElseThrow())
                .withStart(new Point(1.25, -0.5)).withRun(321, 0.4, 8)
                .withOptimizer(new org.descentlab.core.scene.OptimizerSetup(nag, false,
                        nag.defaults().with("lr", 2e-4)));
        model.apply(scene);
        assertEquals(scene, model.scene());
        assertEquals(scene.enabled().size(), model.race().walkers().size());
        assertEquals(321, model.race().maxSteps());
    }

    @Test
    void anAppliedSceneRacesBitForBitLikeTheScenesOwnRace() {
        var scene = org.descentlab.core.scene.SurfacesScene.defaults().withRun(1000, 0.7, 5);
        model.apply(scene);
        var reference = scene.race();
        reference.advance(200);
        for (int i = 0; i < 200; i++) {
            model.singleStep();
        }
        var walkers = model.race().walkers();
        for (int w = 0; w < walkers.size(); w++) {
            var a = walkers.get(w).path();
            var b = reference.walkers().get(w).path();
            assertEquals(b.size(), a.size());
            for (int k = 0; k < a.size(); k++) {
                assertEquals(b.x(k), a.x(k), 0);
                assertEquals(b.y(k), a.y(k), 0);
            }
        }
    }

    @Test
    void theOpeningSceneIsTheDeclaredDefault() {
        assertEquals(org.descentlab.core.scene.SurfacesScene.defaults(), model.scene());
    }
}
