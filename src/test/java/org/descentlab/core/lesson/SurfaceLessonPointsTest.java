package org.descentlab.core.lesson;

import static org.descentlab.core.lesson.LessonRaces.atGlobalMinimum;
import static org.descentlab.core.lesson.LessonRaces.atLocalMinimum;
import static org.descentlab.core.lesson.LessonRaces.run;
import static org.descentlab.core.lesson.LessonRaces.stepLength;
import static org.descentlab.core.lesson.LessonRaces.toNearestMinimum;
import static org.descentlab.core.lesson.LessonRaces.walker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descentlab.core.descent.Walker;
import org.descentlab.core.surface.Point;
import org.junit.jupiter.api.Test;

/**
 * What each surfaces lesson without copies says it shows, checked on its race as the window runs it. The numbers
 * in the comments were measured with {@code trajectory} (and, where noted, worked out by hand).
 */
class SurfaceLessonPointsTest {

    @Test
    void onTheBowlEveryStepIsMinusGammaTimesTheGradientStraightDownhill() {
        var gd = walker(run("descent-on-a-bowl", 60), "gd");
        var path = gd.path();
        assertEquals(61, path.size());
        for (int k = 0; k <= 60; k++) {
            // By hand: Θ ← Θ − 0.1·(2Θ) = 0.8·Θ, so point k is 0.8^k times the start (1.6, 0.8), on the line y = x/2.
            double scale = Math.pow(0.8, k);
            assertEquals(1.6 * scale, path.x(k), 1e-12 * scale + 1e-300);
            assertEquals(0.8 * scale, path.y(k), 1e-12 * scale + 1e-300);
            if (k > 0) {
                assertTrue(path.loss(k) < path.loss(k - 1), "the loss fell at every step");
            }
        }
        assertTrue(gd.position().distanceTo(new Point(0, 0)) < 1e-5, "ends at the bottom: " + gd.position());
    }

    @Test
    void plainDescentStaysInTheLocalMinimumWhileMomentumRollsOverTheRidge() {
        var race = run("local-minimum", 200);
        var gd = walker(race, "gd");
        var momentum = walker(race, "momentum");
        assertEquals(gd.optimizer().hyperparameters().get("lr"), momentum.optimizer().hyperparameters().get("lr"));
        assertTrue(atLocalMinimum(gd, 1e-3), "GD ends at " + gd.position()); // (0.90532, 0)
        assertTrue(atGlobalMinimum(momentum, 1e-3), "Momentum ends at " + momentum.position()); // (−0.93629, 0)
        var start = gd.path();
        assertTrue(start.x(0) > 0 && momentum.position().x() < 0, "Momentum crossed the ridge at x ≈ 0");
    }

    @Test
    void atTheSaddlePlainDescentStallsWhileMomentumAndAdamEscape() {
        var race = run("saddle-point", 100);
        var gd = walker(race, "gd");
        // GD ends at (−4.8e-5, 0.0138), f = 0.99981: at the saddle, f = 1.
        assertTrue(gd.position().distanceTo(new Point(0, 0)) < 0.05, "GD ends at " + gd.position());
        assertTrue(gd.loss() > 0.99, "f = " + gd.loss());
        for (String id : new String[] {"momentum", "adam"}) {
            var escaper = walker(race, id);
            // Momentum ends 0.034 from (0, √2), Adam 0.006.
            assertTrue(toNearestMinimum(escaper) < 0.1, id + " ends at " + escaper.position());
            assertTrue(escaper.loss() < 0.01, id + ": f = " + escaper.loss());
        }
    }

    @Test
    void startedExactlyOnTheRidgeNothingLeavesTheSaddle() {
        var scene = LessonCatalog.scene(LessonCatalog.find("saddle-point").orElseThrow()).surfaces();
        assertTrue(scene.start().y() != 0 && Math.abs(scene.start().y()) <= 1e-6, "a millionth off the ridge");
        var race = scene.withStart(new Point(scene.start().x(), 0)).race();
        race.advance(100);
        for (Walker w : race.walkers()) {
            assertEquals(0, w.position().y(), 0, w.optimizer().type().id() + " moved sideways");
        }
    }

    @Test
    void inTheNarrowValleyGdZigZagsWhileMomentumSwingsSmoothly() {
        var race = run("momentum-valley", 150);
        var gd = walker(race, "gd");
        var momentum = walker(race, "momentum");
        for (int k = 1; k <= 15; k++) {
            assertTrue(gd.path().y(k) * gd.path().y(k - 1) < 0, "GD's step " + k + " did not cross the floor");
        }
        var path = momentum.path();
        for (int k = 2; k < path.size(); k++) {
            boolean crossed = path.y(k) * path.y(k - 1) < 0;
            boolean crossedBefore = path.y(k - 1) * path.y(k - 2) < 0;
            boolean visible = Math.abs(path.y(k - 1)) > 1e-3;
            assertFalse(visible && crossed && crossedBefore, "Momentum zig-zags at step " + k);
        }
        // GD ends 1.8e-6 from the minimum, Momentum 0.0012.
        assertTrue(toNearestMinimum(gd) < 0.01 && toNearestMinimum(momentum) < 0.01);
    }

    @Test
    void nesterovBrakesTheSwingAcrossTheValleyThatMomentumKeeps() {
        var race = run("nesterov-look-ahead", 120);
        var momentum = walker(race, "momentum");
        var nag = walker(race, "nag");
        assertEquals(momentum.optimizer().hyperparameters(), nag.optimizer().hyperparameters());
        double momentumSwing = widestSwing(momentum, 10);
        double nagSwing = widestSwing(nag, 10);
        // After the first 10 steps Momentum still swings 0.52 across the floor, NAG 0.11.
        assertTrue(momentumSwing > 3 * nagSwing, "swings " + momentumSwing + " and " + nagSwing);
        // Summed over the race, NAG's loss is 11.5 and Momentum's 24.7: NAG gets down sooner.
        assertTrue(totalLoss(nag) < 0.6 * totalLoss(momentum), totalLoss(nag) + " and " + totalLoss(momentum));
    }

    @Test
    void adaGradStepsShrinkUntilItStallsWhileRmsPropArrives() {
        var race = run("adagrad-rmsprop", 300);
        var adagrad = walker(race, "adagrad");
        var rmsprop = walker(race, "rmsprop");
        double lr = adagrad.optimizer().hyperparameters().get("lr");
        var p = adagrad.path();
        // By hand: the first step divides each gradient coordinate by its own size, so x and y both move by γ,
        // although the valley is 4/0.2 = 20 times steeper in y.
        assertEquals(lr, Math.abs(p.x(1) - p.x(0)), 1e-9);
        assertEquals(lr, Math.abs(p.y(1) - p.y(0)), 1e-9);
        int last = adagrad.currentStep();
        assertEquals(300, last, "AdaGrad runs the whole race");
        // Its last step is 0.0023 long, 30 times shorter than its first (0.0707); it ends 1.12 from the minimum.
        assertTrue(stepLength(adagrad, last) < stepLength(adagrad, 1) / 20);
        assertTrue(toNearestMinimum(adagrad) > 1, "AdaGrad ends at " + adagrad.position());
        assertTrue(rmsprop.status().converged(), "RMSProp: " + rmsprop.status());
        assertTrue(toNearestMinimum(rmsprop) < 1e-6, "RMSProp ends at " + rmsprop.position());
    }

    @Test
    void inTheFamilyRaceNagBeatsMomentumBeatsGdAndAdamArrivesWhereAdaGradStalls() {
        var race = run("family-race", 1000);
        double gd = walker(race, "gd").loss();
        double momentum = walker(race, "momentum").loss();
        double nag = walker(race, "nag").loss();
        double adagrad = walker(race, "adagrad").loss();
        double rmsprop = walker(race, "rmsprop").loss();
        double adam = walker(race, "adam").loss();
        // Measured: GD 3.29, Momentum 7.6e-5, NAG 1.1e-6, AdaGrad 3.21, RMSProp 0.069, Adam 6e-7.
        assertTrue(gd > 1 && adagrad > 1, "GD " + gd + ", AdaGrad " + adagrad + " are still in the valley");
        assertTrue(nag < momentum && momentum < 1e-3, "NAG " + nag + ", Momentum " + momentum);
        assertTrue(rmsprop < 0.1 && adam < 1e-5, "RMSProp " + rmsprop + ", Adam " + adam);
    }

    private static double totalLoss(Walker walker) {
        double sum = 0;
        for (int k = 1; k < walker.path().size(); k++) {
            sum += walker.path().loss(k);
        }
        return sum;
    }

    /** The largest |y| from step {@code from} on: how far the path still swings across the floor y = 0. */
    private static double widestSwing(Walker walker, int from) {
        double widest = 0;
        for (int k = from; k < walker.path().size(); k++) {
            widest = Math.max(widest, Math.abs(walker.path().y(k)));
        }
        return widest;
    }
}
