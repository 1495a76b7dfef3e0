package org.descentlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.descentlab.core.surface.Bowl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first two steps of every optimizer on the bowl f = x² + y² (gradient 2x, 2y) from (1.5, −0.5), with default
 * hyperparameters. The expected numbers were worked out by hand from the update rules (scalar arithmetic per
 * coordinate, written separately from this code); e.g. for gd: x₁ = 1.5 − 0.01·3 = 1.47, x₂ = 1.47 − 0.01·2.94.
 */
class OptimizerHandComputedTest {

    // Expected numbers re-derived independently by tools/expected/optimizer_first_steps.py (see tools/README.md).

    private static final double TOLERANCE = 1e-14;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "gd,       1.47,               -0.49,                1.4405999999999999, -0.4802",
        "momentum, 1.47,               -0.49,                1.4136,             -0.4712",
        "nag,      1.47,               -0.49,                1.41414,            -0.47137999999999997",
        "adagrad,  1.4000000000033332, -0.40000000001,       1.331768174968908,  -0.33753049525848333",
        "rmsprop,  1.4683772237316495, -0.4683772243983162,  1.445668605254613,  -0.4461584621219623",
        "adadelta, 1.496837724096651,  -0.4968377381511013,  1.493596542852603,  -0.49360309482880804",
        "adam,     1.4990000000033334, -0.49900000001,       1.4980000174451662, -0.4980000527045228",
        "amsgrad,  1.4990000000033334, -0.49900000001,       1.4980000174451662, -0.4980000527045228",
        "adamw,    1.4989850000033333, -0.49899500001,       1.4979700278576789, -0.4979900630207303",
        "adamax,   1.4980000000066667, -0.49800000002,       1.4959994029250143, -0.4960022127789906",
        "nadam,    1.4978870964503321, -0.49788709646441826, 1.496320706557778,  -0.496322670699133",
    })
    void firstTwoStepsOnTheBowlMatchHandComputation(String id, double x1, double y1, double x2, double y2) {
        var bowl = new Bowl();
        Objective objective = (p, out) -> bowl.gradient(p[0], p[1], out);
        var optimizer = OptimizerRegistry.find(id).orElseThrow().create();
        double[] x = {1.5, -0.5};
        optimizer.step(x, objective);
        assertEquals(x1, x[0], TOLERANCE, "x after step 1");
        assertEquals(y1, x[1], TOLERANCE, "y after step 1");
        optimizer.step(x, objective);
        assertEquals(x2, x[0], TOLERANCE, "x after step 2");
        assertEquals(y2, x[1], TOLERANCE, "y after step 2");
    }

    @Test
    void everyRegisteredOptimizerHasHandComputedSteps() {
        var covered = java.util.Set.of("gd", "momentum", "nag", "adagrad", "rmsprop", "adadelta", "adam", "amsgrad",
                "adamw", "adamax", "nadam");
        OptimizerRegistry.all().forEach(t -> assertTrue(covered.contains(t.id()), t.id() + " has no hand test"));
        assertEquals(covered.size(), OptimizerRegistry.all().size());
    }

    /** A one-dimensional objective whose gradients are scripted in order, recording where they were asked for. */
    static final class Scripted implements Objective {
        final double[] gradients;
        final double[] askedAt;
        int calls;

        Scripted(double... gradients) {
            this.gradients = gradients;
            this.askedAt = new double[gradients.length];
        }

        @Override
        public void gradient(double[] point, double[] out) {
            askedAt[calls] = point[0];
            out[0] = gradients[calls++];
        }
    }

    private static Optimizer create(String id, Map<String, Double> settings) {
        var type = OptimizerRegistry.find(id).orElseThrow();
        var values = type.defaults();
        for (var e : settings.entrySet()) {
            values = values.with(e.getKey(), e.getValue());
        }
        return type.create(values);
    }

    @Test
    void nagAsksForTheGradientAtTheLookAheadPoint() {
        var nag = create("nag", Map.of("lr", 0.1, "momentum", 0.5));
        var objective = new Scripted(2, 4);
        double[] x = {1};
        nag.step(x, objective); // v = −0.2, x = 0.8
        nag.step(x, objective); // look-ahead 0.8 + 0.5·(−0.2) = 0.7; v = −0.1 − 0.4 = −0.5; x = 0.3
        assertEquals(1, objective.askedAt[0], 0);
        assertEquals(0.7, objective.askedAt[1], 1e-15);
        assertEquals(0.3, x[0], 1e-15);
    }

    @Test
    void amsgradDividesByTheLargestSecondMomentSeen() {
        var ams = create("amsgrad", Map.of("lr", 0.1));
        var objective = new Scripted(10, 0.1);
        double[] x = {0};
        ams.step(x, objective);
        // Step 1: m = 1, v = 0.1; m̂ = 10, v̂ = 100: x = −0.1·10/(10 + 1e-8).
        double x1 = -0.1 * 10 / (10 + 1e-8);
        assertEquals(x1, x[0], 1e-15);
        ams.step(x, objective);
        // Step 2: m = 0.9 + 0.01 = 0.91, v = 0.0999 + 0.00001 = 0.09991 < vmax = 0.1.
        double mHat = 0.91 / (1 - 0.81);
        double vHat = 0.1 / (1 - 0.999 * 0.999);
        assertEquals(x1 - 0.1 * mHat / (Math.sqrt(vHat) + 1e-8), x[0], 1e-14);
    }

    @Test
    void adamWithoutBiasCorrectionUsesTheRawMoments() {
        var adam = create("adam", Map.of("lr", 0.1, "bias_correction", 0.0));
        double[] x = {0};
        adam.step(x, new Scripted(2));
        // m = 0.2, v = 0.004: x = −0.1·0.2/(√0.004 + 1e-8)
        assertEquals(-0.1 * 0.2 / (Math.sqrt(0.004) + 1e-8), x[0], 1e-15);
    }

    @Test
    void adamwTakesTheGradientBeforeDecayingTheWeights() {
        var adamw = create("adamw", Map.of("lr", 0.1, "weight_decay", 0.5));
        var objective = new Scripted(2);
        double[] x = {2};
        adamw.step(x, objective);
        assertEquals(2, objective.askedAt[0], 0);
        // decay: 2 − 0.1·0.5·2 = 1.9; Adam's first step is lr·g/(|g| + ε·…) ≈ 0.1.
        assertEquals(1.9 - 0.1 * 2 / (2 + 1e-8), x[0], 1e-14);
    }

    @Test
    void adagradStartsItsAccumulatorAtTheInitialValue() {
        var adagrad = create("adagrad", Map.of("lr", 1.0, "initial_accumulator", 5.0));
        double[] x = {0};
        adagrad.step(x, new Scripted(2));
        assertEquals(-2 / (Math.sqrt(9) + 1e-10), x[0], 1e-15);
    }

    @Test
    void changingHyperparametersMidRunKeepsTheVelocity() {
        var momentum = create("momentum", Map.of("lr", 0.1));
        double[] x = {0};
        momentum.step(x, new Scripted(1)); // v = −0.1
        momentum.configure(momentum.hyperparameters().with("lr", 0.2));
        momentum.step(x, new Scripted(1)); // v = 0.9·(−0.1) − 0.2 = −0.29
        assertEquals(-0.1 - 0.29, x[0], 1e-15);
        assertEquals(2, momentum.steps());
    }

    @Test
    void resetStartsAgainFromStepOne() {
        var adam = create("adam", Map.of());
        double[] x = {0};
        adam.step(x, new Scripted(3));
        adam.reset();
        double[] again = {0};
        adam.step(again, new Scripted(3));
        assertEquals(x[0], again[0], 0);
        assertEquals(1, adam.steps());
    }
}
