package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.descentlab.ui.WindowPlacement.Area;
import org.descentlab.ui.WindowPlacement.Placement;
import org.junit.jupiter.api.Test;

/** Where the window opens, on screens described by their visual bounds (a 27-pixel panel along the top of some). */
class WindowPlacementTest {

    private static final Area PROJECTOR_1024 = new Area(0, 0, 1024, 768);
    private static final Area PROJECTOR_720P = new Area(0, 27, 1280, 693);
    private static final Area DESK = new Area(0, 27, 1600, 973);
    private static final Area LAPTOP = new Area(0, 0, 1366, 728);
    /** A second screen to the right of {@link #DESK}. */
    private static final Area RIGHT_OF_DESK = new Area(1600, 0, 1920, 1080);

    private static Placement first(Area primary) {
        return WindowPlacement.place(Optional.empty(), primary, List.of(primary));
    }

    @Test
    void aSmallScreenOpensTheWindowMaximisedTheFirstTime() {
        for (Area small : List.of(PROJECTOR_1024, PROJECTOR_720P, LAPTOP)) {
            var placement = first(small);
            assertTrue(placement.maximised(), small.toString());
            assertTrue(small.contains(placement.bounds()), "un-maximised it still fits: " + placement);
        }
    }

    @Test
    void aLargeScreenOpensTheDesignedSizeCentredTheFirstTime() {
        var placement = first(DESK);
        assertFalse(placement.maximised());
        assertEquals(new Area(160, 27 + 86, 1280, 800), placement.bounds());
    }

    @Test
    void rememberedBoundsOnAScreenAreKeptWithTheMaximisedFlag() {
        var remembered = new Placement(new Area(1700, 40, 1400, 900), true);
        assertEquals(remembered, WindowPlacement.place(Optional.of(remembered), DESK, List.of(DESK, RIGHT_OF_DESK)));
        var onDesk = new Placement(new Area(100, 50, 1000, 700), false);
        assertEquals(onDesk, WindowPlacement.place(Optional.of(onDesk), DESK, List.of(DESK)));
    }

    @Test
    void rememberedBoundsOffEveryScreenAreCentredOnThePrimary() {
        // Closed on a projector that has since been unplugged.
        var remembered = new Placement(new Area(1700, 40, 1200, 700), false);
        var placement = WindowPlacement.place(Optional.of(remembered), DESK, List.of(DESK));
        assertEquals(new Area(200, 27 + 136, 1200, 700), placement.bounds());
    }

    @Test
    void rememberedBoundsPartlyOffTheScreenArePulledBackOntoIt() {
        var remembered = new Placement(new Area(-128, -11, 1280, 800), false);
        var placement = WindowPlacement.place(Optional.of(remembered), DESK, List.of(DESK));
        assertEquals(new Area(0, 27, 1280, 800), placement.bounds());
        var hangingOffTheRight = new Area(1500, 300, 1000, 700);
        assertEquals(new Area(600, 300, 1000, 700), WindowPlacement.fit(hangingOffTheRight, DESK, List.of(DESK)));
    }

    @Test
    void rememberedBoundsBiggerThanTheScreenAreShrunkToIt() {
        // Closed on the big desk screen, opened again on the 720p projector.
        var remembered = new Placement(new Area(100, 100, 1500, 900), false);
        var placement = WindowPlacement.place(Optional.of(remembered), PROJECTOR_720P, List.of(PROJECTOR_720P));
        assertEquals(PROJECTOR_720P, placement.bounds());
    }

    @Test
    void aWindowAcrossTwoScreensGoesWhollyOntoTheOneItOverlapsMost() {
        var across = new Area(1400, 100, 1000, 600);
        assertEquals(new Area(1600, 100, 1000, 600), WindowPlacement.fit(across, DESK, List.of(DESK, RIGHT_OF_DESK)));
    }

    @Test
    void rememberedBoundsTooSmallGrowToTheLeastWindowSize() {
        var tiny = new Placement(new Area(10, 30, 200, 100), false);
        var placement = WindowPlacement.place(Optional.of(tiny), DESK, List.of(DESK));
        assertEquals(new Area(10, 30, WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT), placement.bounds());
    }

    @Test
    void theLeastSizeNeverExceedsATinyScreen() {
        var tinyScreen = new Area(0, 0, 800, 560);
        assertEquals(new Area(0, 0, 800, 560), WindowPlacement.minimumSize(tinyScreen));
        assertEquals(tinyScreen, first(tinyScreen).bounds());
    }

    @Test
    void unusableRememberedBoundsCountAsNoneRemembered() {
        var broken = new Placement(new Area(Double.NaN, 0, 1000, 700), false);
        assertEquals(first(DESK), WindowPlacement.place(Optional.of(broken), DESK, List.of(DESK)));
    }
}
