package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descentlab.ui.network.NetworkLayout.Placement;
import org.junit.jupiter.api.Test;

/** Where the charts go, without the JavaFX toolkit: the map stays the largest thing at every size. */
class NetworkLayoutTest {

    /** Buttons and figures: three lines on a narrow centre, two on a wide one. */
    private static double top(double width) {
        return width < 600 ? 110 : 80;
    }

    @Test
    void onAWideOrOrdinaryWindowTheChartsGoBesideTheMap() {
        // 1024 × 768 less the settings column, the menu bar, the tab strip and the status line; then 1280 × 800.
        for (double[] area : new double[][] {{730, 660}, {950, 700}, {1290, 900}}) {
            var choice = NetworkLayout.choose(area[0], area[1], NetworkLayoutTest::top);
            assertEquals(Placement.BESIDE, choice.placement(), area[0] + " × " + area[1]);
        }
    }

    @Test
    void onATallNarrowWindowTheChartsGoUnderTheMap() {
        var choice = NetworkLayout.choose(730, 1300, NetworkLayoutTest::top);
        assertEquals(Placement.BELOW, choice.placement());
        assertTrue(choice.mapSide() > 600, "the map takes the width: " + choice.mapSide());
    }

    @Test
    void theMapIsAlwaysLargerThanEitherChart() {
        for (double w = 700; w <= 1700; w += 50) {
            for (double h = 550; h <= 1300; h += 50) {
                var c = NetworkLayout.choose(w, h, NetworkLayoutTest::top);
                double chart = c.placement() == Placement.BESIDE ? c.charts() * h / 2 : c.charts() * w / 2;
                assertTrue(c.mapSide() * c.mapSide() > chart, w + " × " + h + ": " + c);
            }
        }
    }
}
