package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The heat map computed ahead while the app starts: taken by the first plot of that surface and size, at once, with
 * the pixels a map computed on its own has; not taken for another size.
 */
@Tag("ui")
class HeatMapAheadUiTest {

    private static final Surface HIMMELBLAU = SurfaceRegistry.find("himmelblau").orElseThrow();
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theFirstPlotOfThatSurfaceAndSizeTakesItAtOnceAndAnotherSizeComputesItsOwn() throws Exception {
        var ahead = PlotHeatMaps.prepare(HIMMELBLAU, 80).get(30, TimeUnit.SECONDS);

        var otherSize = new ArrayList<HeatMap>();
        robot.interact(() -> new PlotHeatMaps(90, otherSize::add, problem -> { }).load(HIMMELBLAU));
        assertNull(otherSize.get(0), "another size is not taken: nothing on show while its own is computed");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> otherSize.size() == 2);
        assertEquals(90, otherSize.get(1).grid().columns());

        var shown = new ArrayList<HeatMap>();
        robot.interact(() -> new PlotHeatMaps(80, shown::add, problem -> { }).load(HIMMELBLAU));
        assertEquals(1, shown.size(), "shown at once, with no empty plot first");
        assertSame(ahead, shown.get(0));
        var own = HeatMap.compute(HIMMELBLAU, 80, 80);
        assertArrayEquals(own.linearPixels(), shown.get(0).linearPixels());
        assertArrayEquals(own.logPixels(), shown.get(0).logPixels());

        var second = new ArrayList<HeatMap>();
        robot.interact(() -> new PlotHeatMaps(80, second::add, problem -> { }).load(HIMMELBLAU));
        assertNull(second.get(0), "taken once: a second plot computes its own");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> second.size() == 2);
        assertArrayEquals(own.linearPixels(), second.get(1).linearPixels());
    }
}
