package org.descentlab.core.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.Insight;
import org.descentlab.core.optim.Objective;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.optim.ScheduleKind;
import org.descentlab.core.surface.Bowl;
import org.descentlab.core.surface.Elongated;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Rosenbrock;
import org.junit.jupiter.api.Test;

/** A walker's learning rate under a schedule, against plain gradient descent worked out here. */
class WalkerScheduleTest {

    private static final Schedule STEP_3_HALF = new Schedule(ScheduleKind.STEP,
            new Schedule(ScheduleKind.STEP).values().with("every", 3).with("factor", 0.5));

    private static Optimizer gd(double lr) {
        return GradientDescent.TYPE.create(GradientDescent.TYPE.defaults().with("lr", lr));
    }

    @Test
    void stepDecayOnTheBowlFollowsTheClosedForm() {
        // f = x² + y²: x_{k+1} = (1 − 2η_k)·x_k; η = 0.2 for steps 0–2, 0.1 for 3–5, 0.05 for 6–8.
        var walker = new Walker(new Bowl(), gd(0.2), new Point(1, -2));
        walker.setSchedule(STEP_3_HALF);
        for (int i = 0; i < 9; i++) {
            walker.step();
        }
        double factor = Math.pow(0.6, 3) * Math.pow(0.8, 3) * Math.pow(0.9, 3);
        assertEquals(factor, walker.position().x(), 1e-15);
        assertEquals(-2 * factor, walker.position().y(), 1e-15);
    }

    @Test
    void stepDecayOnTheElongatedValleyEqualsAHandRolledLoopOfPlainDescent() {
        // f = 0.1x² + 2y²; η₀ = 0.45 zig-zags across the valley (y × −0.8 per step) until the cuts calm it.
        var walker = new Walker(new Elongated(), gd(0.45), new Point(-2.5, 1.5));
        walker.setSchedule(STEP_3_HALF);
        double x = -2.5;
        double y = 1.5;
        for (int k = 0; k < 40; k++) {
            double eta = 0.45 * Math.pow(0.5, Math.floor(k / 3.0));
            x -= eta * 0.2 * x;
            y -= eta * 4 * y;
            walker.step();
            assertEquals(x, walker.path().x(k + 1), 1e-14 * Math.max(1, Math.abs(x)), "x at step " + (k + 1));
            assertEquals(y, walker.path().y(k + 1), 1e-14 * Math.max(1, Math.abs(y)), "y at step " + (k + 1));
        }
        // Steps 1–3 overshoot the floor (y changes sign), step 4 on η = 0.225 does not.
        assertTrue(walker.path().y(1) < 0 && walker.path().y(2) > 0 && walker.path().y(3) < 0);
        assertTrue(Math.signum(walker.path().y(4)) == Math.signum(walker.path().y(3)));
    }

    @Test
    void aConstantScheduleNeverReconfiguresAndWalksBitForBitAsBefore() {
        for (OptimizerType type : OptimizerRegistry.all()) {
            var plain = new Walker(new Rosenbrock(), type.create(), new Point(-1.5, 2), 0.3, 7);
            var counted = new Counting(type.create());
            var constant = new Walker(new Rosenbrock(), counted, new Point(-1.5, 2), 0.3, 7);
            constant.setSchedule(Schedule.CONSTANT);
            for (int k = 0; k < 300; k++) {
                plain.step();
                constant.step();
            }
            constant.restart(new Point(-1.5, 2));
            for (int k = 0; k < 300; k++) {
                constant.step();
            }
            assertEquals(0, counted.configures, type.id());
            for (int k = 0; k < plain.path().size(); k++) {
                assertEquals(plain.path().x(k), constant.path().x(k), type.id() + " x at " + k);
                assertEquals(plain.path().y(k), constant.path().y(k), type.id() + " y at " + k);
                assertEquals(plain.path().loss(k), constant.path().loss(k), type.id() + " f at " + k);
            }
        }
    }

    @Test
    void theRateInUseIsTheScheduledOneAndARateSetMidRunIsScaledFromThere() {
        var walker = new Walker(new Bowl(), gd(0.2), new Point(1, 1));
        walker.setSchedule(STEP_3_HALF);
        assertEquals(0.2, walker.learningRate());
        for (int i = 0; i < 4; i++) {
            walker.step();
        }
        assertEquals(0.1, walker.learningRate()); // the 5th step, t = 4
        assertEquals(0.1, walker.optimizer().hyperparameters().get("lr")); // the 4th step's, t = 3
        walker.configure(GradientDescent.TYPE.defaults().with("lr", 0.08));
        assertEquals(0.04, walker.learningRate());
        assertEquals(0.04, walker.optimizer().hyperparameters().get("lr"));
        assertEquals(0.08, walker.hyperparameters().get("lr"));
        double x = walker.position().x();
        walker.step();
        assertEquals(x * (1 - 2 * 0.04), walker.position().x(), 1e-16);
        walker.restart(new Point(1, 1));
        assertEquals(0.08, walker.learningRate());
        walker.setSchedule(Schedule.CONSTANT);
        assertEquals(0.08, walker.optimizer().hyperparameters().get("lr"));
    }

    @Test
    void aRaceHandsItsScheduleToEveryWalkerAndToWalkersAddedLater() {
        var race = new Race(new Bowl(), new Point(1, 1), 0, 0, 100);
        var first = race.add(gd(0.2));
        race.setSchedule(STEP_3_HALF);
        race.restart(new Point(1, 1));
        race.advance(5);
        var late = race.add(gd(0.2)); // catches up to the clock under the same schedule
        assertEquals(first.position(), late.position());
        assertEquals(0.1, late.learningRate());
        assertEquals(STEP_3_HALF, race.schedule());
        race.setSchedule(Schedule.CONSTANT);
        assertEquals(0.2, first.learningRate());
    }

    /** An optimizer that counts the calls to {@link #configure}. */
    private static final class Counting implements Optimizer {
        private final Optimizer inner;
        int configures;

        Counting(Optimizer inner) {
            this.inner = inner;
        }

        @Override
        public OptimizerType type() {
            return inner.type();
        }

        @Override
        public HyperparameterValues hyperparameters() {
            return inner.hyperparameters();
        }

        @Override
        public void configure(HyperparameterValues values) {
            configures++;
            inner.configure(values);
        }

        @Override
        public void step(double[] x, Objective objective) {
            inner.step(x, objective);
        }

        @Override
        public void reset() {
            inner.reset();
        }

        @Override
        public long steps() {
            return inner.steps();
        }

        @Override
        public Insight insight(double[] x) {
            return inner.insight(x);
        }
    }
}
