package org.descentlab.core.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.optim.ScheduleKind;
import org.descentlab.core.surface.Minimum;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.Test;

class BasinMapTest {

    private static final OptimizerType GD = OptimizerRegistry.find("gd").orElseThrow();

    private static Surface surface(String id) {
        return SurfaceRegistry.find(id).orElseThrow();
    }

    @Test
    void theBowlIsOneBasin() {
        var map = BasinMap.compute(surface("bowl"), GD, GD.defaults().with("lr", 0.1), 30, 1000);
        assertTrue(map.complete());
        for (int j = 0; j < 30; j++) {
            for (int i = 0; i < 30; i++) {
                assertEquals(0, map.end(i, j), "cell " + i + ", " + j);
            }
        }
    }

    @Test
    void everyCellFollowsTheSchedule() {
        // As in LearningRateSweepTest: GD on x² + y² with γ halved every 2 steps from 0.25 multiplies a start by
        // 0.5 · 0.5 · 0.75 · 0.75 · 0.875 = 0.123046875 in 5 steps (at a constant 0.25, by 0.5⁵ = 0.03125).
        Surface bowl = surface("bowl");
        var halving = new Schedule(ScheduleKind.STEP, HyperparameterValues.defaults(ScheduleKind.STEP.parameters())
                .with("every", 2).with("factor", 0.5));
        var map = BasinMap.compute(bowl, GD, GD.defaults().with("lr", 0.25), 4, 5, 0, 0, halving, done -> { },
                () -> false);
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 4; i++) {
                var start = BasinMap.start(bowl.info().bounds(), 4, i, j);
                assertEquals(start.x() * 0.123046875, map.finalX(i, j), 1e-15 * Math.abs(start.x()));
                assertEquals(start.y() * 0.123046875, map.finalY(i, j), 1e-15 * Math.abs(start.y()));
            }
        }
    }

    @Test
    void himmelblauWithSmallStepsHasFourConnectedRegionsEachHoldingItsMinimum() {
        Surface s = surface("himmelblau");
        int n = 60;
        var map = BasinMap.compute(s, GD, GD.defaults().with("lr", 0.001), n, 1000);
        var b = s.info().bounds();
        var seen = new HashSet<Integer>();
        for (int m = 0; m < 4; m++) {
            Minimum min = s.info().minima().get(m);
            int i = (int) ((min.point().x() - b.xMin()) / b.width() * n);
            int j = (int) ((b.yMax() - min.point().y()) / b.height() * n);
            assertEquals(m, map.end(i, j), "the cell holding minimum " + m);
            int region = regionSize(map, i, j);
            int all = count(map, m);
            assertEquals(all, region, "every cell ending at minimum " + m + " is connected to it");
            assertTrue(all > n * n / 10, "minimum " + m + " has a region, not a speck: " + all);
            seen.add(m);
        }
        for (int v : map.ends()) {
            assertTrue(v >= 0 || v == BasinMap.RUNNING, "only minima (and boundary stragglers) at a small rate");
        }
        assertEquals(4, seen.size());
    }

    @Test
    void cellsAreRowByRowFromTheTopAtTheirCentres() {
        var b = surface("bowl").info().bounds();
        var first = BasinMap.start(b, 4, 0, 0);
        assertEquals(-1.5, first.x(), 1e-15);
        assertEquals(1.5, first.y(), 1e-15);
        var last = BasinMap.start(b, 4, 3, 3);
        assertEquals(1.5, last.x(), 1e-15);
        assertEquals(-1.5, last.y(), 1e-15);
    }

    @Test
    void aCellsEndAndFinalPointAreThoseOfAWalkerFromItsStart() {
        Surface s = surface("camel");
        var values = GD.defaults().with("lr", 0.05);
        var map = BasinMap.compute(s, GD, values, 7, 300);
        for (int[] c : new int[][] {{0, 0}, {3, 2}, {6, 6}, {5, 1}}) {
            var walker = new Walker(s, GD.create(values), BasinMap.start(s.info().bounds(), 7, c[0], c[1]));
            for (int k = 0; k < 300 && walker.step(); k++) {
                // run
            }
            assertEquals(walker.position().x(), map.finalX(c[0], c[1]));
            assertEquals(walker.position().y(), map.finalY(c[0], c[1]));
            assertEquals(walker.currentStep(), map.steps(c[0], c[1]));
        }
    }

    @Test
    void aRunThatDivergesIsMarkedSo() {
        // GD at η = 10 on the bowl multiplies the point by −19 each step.
        var map = BasinMap.compute(surface("bowl"), GD, GD.defaults().with("lr", 10), 4, 100);
        for (int v : map.ends()) {
            assertEquals(BasinMap.DIVERGED, v);
        }
    }

    @Test
    void aRunOutOfStepsFarFromEveryMinimumIsStillRunning() {
        var map = BasinMap.compute(surface("rosenbrock"), GD, GD.defaults().with("lr", 1e-5), 4, 10);
        for (int v : map.ends()) {
            assertEquals(BasinMap.RUNNING, v);
        }
    }

    @Test
    void theReachedRadiusIsLessThanHalfTheGapBetweenAnyTwoDeclaredMinima() {
        for (Surface s : SurfaceRegistry.all()) {
            var minima = s.info().minima();
            double r = BasinMap.reachedRadius(s);
            for (int a = 0; a < minima.size(); a++) {
                for (int c = a + 1; c < minima.size(); c++) {
                    assertTrue(2 * r < minima.get(a).point().distanceTo(minima.get(c).point()), s.id());
                }
            }
        }
    }

    @Test
    void progressCountsCellsByRowsAndAStopKeepsTheRowsDone() {
        var counts = new ArrayList<Integer>();
        int[] asked = {0};
        var map = BasinMap.compute(surface("bowl"), GD, GD.defaults().with("lr", 0.5), 5, 10, 0, 0, Schedule.CONSTANT,
                counts::add, () -> ++asked[0] > 2);
        assertFalse(map.complete());
        assertEquals(10, map.cellsDone());
        assertEquals(java.util.List.of(5, 10), counts);
        assertEquals(0, map.end(4, 1));
        assertThrows(IllegalStateException.class, () -> map.end(0, 2));
    }

    private static int count(BasinMap map, int end) {
        int count = 0;
        for (int v : map.ends()) {
            count += v == end ? 1 : 0;
        }
        return count;
    }

    /** Cells with the same end as (i, j) reachable from it through edge neighbours. */
    private static int regionSize(BasinMap map, int i, int j) {
        int n = map.size();
        int end = map.end(i, j);
        boolean[] seen = new boolean[n * n];
        var queue = new ArrayDeque<int[]>();
        queue.add(new int[] {i, j});
        seen[j * n + i] = true;
        int size = 0;
        while (!queue.isEmpty()) {
            int[] c = queue.poll();
            size++;
            for (int[] d : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                int a = c[0] + d[0];
                int b = c[1] + d[1];
                if (a >= 0 && a < n && b >= 0 && b < n && !seen[b * n + a] && map.end(a, b) == end) {
                    seen[b * n + a] = true;
                    queue.add(new int[] {a, b});
                }
            }
        }
        return size;
    }
}
