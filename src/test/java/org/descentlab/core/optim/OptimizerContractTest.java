package org.descentlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.descentlab.core.descent.Walker;
import org.descentlab.core.surface.Bowl;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Rosenbrock;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Behaviour every registered optimizer must have. */
class OptimizerContractTest {

    static Stream<OptimizerType> types() {
        return OptimizerRegistry.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void lowersTheBowlAHundredfoldWithinFiveThousandStepsAtDefaults(OptimizerType type) {
        var walker = new Walker(new Bowl(), type.create(), new Point(1.5, 1.5));
        double initial = walker.loss();
        for (int i = 0; i < 5000; i++) {
            walker.step();
        }
        assertTrue(walker.loss() <= initial / 100, type.id() + " ends at f = " + walker.loss());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void resetMakesARerunIdentical(OptimizerType type) {
        var optimizer = type.create();
        var surface = new Rosenbrock();
        Objective objective = (p, out) -> surface.gradient(p[0], p[1], out);
        double[] first = run(optimizer, objective);
        optimizer.reset();
        assertArrayEquals(first, run(optimizer, objective));
    }

    private static double[] run(Optimizer optimizer, Objective objective) {
        double[] x = {-1.2, 1};
        double[] trace = new double[200];
        for (int i = 0; i < 100; i++) {
            optimizer.step(x, objective);
            trace[2 * i] = x[0];
            trace[2 * i + 1] = x[1];
        }
        return trace;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void declaresTheLearningRateFirstAndDefaultsInsideTheirRanges(OptimizerType type) {
        assertEquals("lr", type.hyperparameters().get(0).key());
        for (Hyperparameter h : type.hyperparameters()) {
            assertTrue(h.accepts(h.defaultValue()), type.id() + "." + h.key());
            assertFalse(h.label().isBlank());
        }
    }

    /**
     * 10,000 runs with random hyperparameters across their ranges (the learning rate log-uniform up to 1e3, beyond
     * the declared maximum), random surfaces, starts and noise. None may throw; every recorded point must be finite;
     * and a run whose bare optimizer (replayed outside the walker) becomes non-finite or leaves the 1e6 disc must be
     * marked diverged at exactly that step.
     */
    @Test
    void tenThousandRandomRunsNeverThrowAndEveryNonFiniteRunEndsDiverged() {
        int divergedRuns = 0;
        for (int run = 0; run < 10_000; run++) {
            var random = new Random(run);
            Surface surface = SurfaceRegistry.all().get(random.nextInt(SurfaceRegistry.all().size()));
            OptimizerType type = OptimizerRegistry.all().get(random.nextInt(OptimizerRegistry.all().size()));
            var values = HyperparameterValues.unchecked(type.hyperparameters(), randomValues(type, random));
            var b = surface.info().bounds();
            var start = new Point(b.xMin() + random.nextDouble() * b.width(), b.yMin() + random.nextDouble() * b.height());
            double noise = random.nextBoolean() ? 0 : 2 * random.nextDouble();
            int steps = 1 + random.nextInt(200);
            String label = "run " + run + ": " + type.id() + " (" + values + ") on " + surface.id() + " noise " + noise;

            var walker = new Walker(surface, type.create(values), start, noise, run);
            var bare = type.create(values);
            var noiseSource = new Random(run);
            Objective objective = (p, out) -> {
                surface.gradient(p[0], p[1], out);
                if (noise > 0) {
                    out[0] += noise * noiseSource.nextGaussian();
                    out[1] += noise * noiseSource.nextGaussian();
                }
            };
            double[] x = {start.x(), start.y()};
            for (int k = 1; k <= steps; k++) {
                walker.step();
                bare.step(x, objective);
                boolean nonFinite = !Double.isFinite(x[0]) || !Double.isFinite(x[1])
                        || !Double.isFinite(surface.value(x[0], x[1]));
                if (nonFinite || Math.hypot(x[0], x[1]) > Walker.DIVERGENCE_RADIUS) {
                    assertTrue(walker.status().diverged(), label + ": not marked diverged at step " + k);
                    assertEquals(k, walker.status().step(), label);
                    assertEquals(nonFinite ? k : k + 1, walker.path().size(), label);
                    divergedRuns++;
                    break;
                }
                assertFalse(walker.status().diverged(), label + ": diverged at step " + k + " without cause");
                assertEquals(x[0], walker.position().x(), 0, label);
                assertEquals(x[1], walker.position().y(), 0, label);
            }
            for (int i = 0; i < walker.path().size(); i++) {
                assertTrue(Double.isFinite(walker.path().x(i)) && Double.isFinite(walker.path().y(i))
                        && Double.isFinite(walker.path().loss(i)), label + ": non-finite point recorded");
            }
            if (walker.status().diverged()) {
                int size = walker.path().size();
                assertFalse(walker.step(), label + ": a diverged walker moved on");
                assertEquals(size, walker.path().size(), label);
            }
        }
        assertTrue(divergedRuns > 500, "the random settings should make many runs diverge, got " + divergedRuns);
    }

    private static double[] randomValues(OptimizerType type, Random random) {
        var declared = type.hyperparameters();
        double[] values = new double[declared.size()];
        for (int i = 0; i < values.length; i++) {
            Hyperparameter h = declared.get(i);
            if (h.key().equals("lr")) {
                values[i] = Math.pow(10, -5 + 8 * random.nextDouble());
            } else if (h.scale() == Scale.SWITCH) {
                values[i] = random.nextInt(2);
            } else if (h.scale() == Scale.LOG) {
                double lo = Math.log10(h.min());
                values[i] = Math.pow(10, lo + (Math.log10(h.max()) - lo) * random.nextDouble());
            } else {
                values[i] = h.min() + (h.max() - h.min()) * random.nextDouble();
            }
        }
        return values;
    }
}
