package org.descentlab.core.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.optim.ScheduleKind;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.Test;

class LearningRateSweepTest {

    private static final Surface BOWL = SurfaceRegistry.find("bowl").orElseThrow();
    private static final OptimizerType GD = OptimizerRegistry.find("gd").orElseThrow();

    @Test
    void theDefaultGridRunsTenRatesPerDecadeFromTheSmallestToTheLargestLearningRate() {
        var grid = LearningRateSweep.DEFAULT_GRID;
        assertEquals(61, grid.points());
        assertEquals(1e-5, grid.rate(0));
        assertEquals(10, grid.rate(60));
        for (int decade = 0; decade <= 6; decade++) {
            assertEquals(Math.pow(10, decade - 5), grid.rate(10 * decade), "whole decades are exact");
        }
        for (int i = 1; i < 61; i++) {
            assertEquals(Math.pow(10, 0.1), grid.rate(i) / grid.rate(i - 1), 1e-12);
        }
    }

    @Test
    void theLearningRateIsTheHyperparameterEveryOptimizerDeclaresFirst() {
        for (OptimizerType type : OptimizerRegistry.all()) {
            assertEquals(type.hyperparameters().get(0), LearningRateSweep.learningRate(type));
            assertEquals("lr", LearningRateSweep.learningRate(type).key(), type.id());
        }
    }

    @Test
    void eachRowIsTheEndOfAWalkerRunAtThatRate() {
        var grid = new LearningRateSweep.Grid(0.01, 1, 3);
        var rows = LearningRateSweep.run(BOWL, GD, GD.defaults(), new Point(1, -2), 20, grid).rows();
        assertEquals(3, rows.size());
        for (var row : rows) {
            var walker = new Walker(BOWL, GD.create(GD.defaults().with("lr", row.lr())), new Point(1, -2));
            for (int k = 0; k < 20 && walker.step(); k++) {
                // run
            }
            assertEquals(walker.position().x(), row.finalX());
            assertEquals(walker.position().y(), row.finalY());
            assertEquals(walker.loss(), row.finalLoss());
            assertEquals(walker.status(), row.status());
        }
    }

    @Test
    void onTheBowlTooSmallCrawlsRightConvergesAndTooBigDiverges() {
        // GD on x² + y² multiplies the point by 1 − 2η: η = 1e-5 barely moves; η = 0.1 (factor 0.8) brings
        // ‖∇f‖ = 2√2·0.8^k below 1e-8 first at k = 88 (2√2·0.8^87 ≈ 1.05e-8); η = 10 (factor −19) leaves the 1e6
        // disc within five steps.
        var rows = LearningRateSweep.run(BOWL, GD, GD.defaults(), new Point(1, 1), 1000,
                LearningRateSweep.DEFAULT_GRID).rows();
        var slow = rows.get(0);
        assertEquals(Status.State.RUNNING, slow.status().state());
        assertEquals(2 * Math.pow(1 - 2e-5, 2000), slow.gap(), 1e-12);
        assertTrue(slow.stepsToReachMinimum().isEmpty());
        var right = rows.get(40);
        assertEquals(0.1, right.lr());
        assertEquals(88, right.stepsToConverge().orElseThrow());
        assertTrue(right.gap() < 1e-16);
        var big = rows.get(60);
        assertTrue(big.status().diverged());
        assertTrue(big.stepsToConverge().isEmpty());
    }

    @Test
    void withAScheduleEachRateIsWhereTheScheduleStarts() {
        // GD on x² + y² multiplies the point by (1 − 2γ_k) at step k + 1. Step decay halving every 2 steps from
        // γ₀ = 0.25: γ = 0.25, 0.25, 0.125, 0.125, 0.0625, so after 5 steps the point is multiplied by
        // 0.5 · 0.5 · 0.75 · 0.75 · 0.875 = 0.123046875 (every product exact in binary). At a constant 0.25: 0.5⁵.
        var halving = new Schedule(ScheduleKind.STEP, HyperparameterValues.defaults(ScheduleKind.STEP.parameters())
                .with("every", 2).with("factor", 0.5));
        var grid = new LearningRateSweep.Grid(0.25, 0.5, 2);
        var rows = LearningRateSweep.run(BOWL, GD, GD.defaults(), new Point(1, -2), 5, 0, 0, halving, grid,
                done -> { }, () -> false).rows();
        assertEquals(0.25, rows.get(0).lr(), "the row is named by γ₀");
        assertEquals(0.123046875, rows.get(0).finalX());
        assertEquals(-0.24609375, rows.get(0).finalY());
        var constant = LearningRateSweep.run(BOWL, GD, GD.defaults(), new Point(1, -2), 5, grid).rows();
        assertEquals(0.03125, constant.get(0).finalX());
    }

    @Test
    void stepsToReachMinimumIsTheFirstStepWithinOneMillionthOfTheBestLoss() {
        // η = 0.25 halves the point each step: f_k = 2·(1/4)^k ≤ 1e-6 first at k = 11
        // (2/4^10 ≈ 1.9e-6, 2/4^11 ≈ 4.8e-7).
        var grid = new LearningRateSweep.Grid(0.25, 0.5, 2);
        var row = LearningRateSweep.run(BOWL, GD, GD.defaults(), new Point(1, 1), 100, grid).rows().get(0);
        assertEquals(11, row.stepsToReachMinimum().orElseThrow());
    }

    @Test
    void aLocalMinimumIsNotTheMinimumForStepsToReach() {
        // Started on the right of 'nonconvex', descent settles in the shallow valley ≈ 0.97 above f*.
        Surface s = SurfaceRegistry.find("nonconvex").orElseThrow();
        var grid = new LearningRateSweep.Grid(0.01, 0.02, 2);
        var row = LearningRateSweep.run(s, GD, GD.defaults(), s.info().start(), 2000, grid).rows().get(0);
        assertEquals(s.info().minima().get(1).value() - s.info().minimumValue(), row.gap(), 1e-6);
        assertTrue(row.stepsToReachMinimum().isEmpty());
    }

    @Test
    void progressCountsRatesAndAStopEndsTheSweepWithTheRowsDone() {
        var counts = new ArrayList<Integer>();
        var asked = new AtomicInteger();
        var result = LearningRateSweep.run(BOWL, GD, GD.defaults(), new Point(1, 1), 10, 0, 0, Schedule.CONSTANT,
                LearningRateSweep.DEFAULT_GRID, counts::add, () -> asked.incrementAndGet() > 5);
        assertFalse(result.complete());
        assertEquals(5, result.rows().size());
        assertEquals(java.util.List.of(1, 2, 3, 4, 5), counts);
        var grid = LearningRateSweep.DEFAULT_GRID;
        var all = LearningRateSweep.run(BOWL, GD, GD.defaults(), new Point(1, 1), 10, grid);
        assertTrue(all.complete());
        assertEquals(all.rows().subList(0, 5), result.rows());
    }

    @Test
    void aGridBeyondTheDeclaredLearningRatesIsRefused() {
        var grid = new LearningRateSweep.Grid(1e-6, 1, 5);
        var e = assertThrows(IllegalArgumentException.class,
                () -> LearningRateSweep.run(BOWL, GD, GD.defaults(), new Point(1, 1), 10, grid));
        assertTrue(e.getMessage().contains("Learning rate must be between"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LearningRateSweep.Grid(1, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> new LearningRateSweep.Grid(0.1, 1, 1));
    }
}
