package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import javafx.scene.paint.Color;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.ui.surface.SurfaceTabModel;
import org.descentlab.ui.widgets.OptimizerColours;
import org.junit.jupiter.api.Test;

/** One colour per optimizer on both tabs. */
class RunColoursTest {

    private static OptimizerType type(String id) {
        return OptimizerRegistry.find(id).orElseThrow();
    }

    /** The colour the Surfaces tab gives {@code type}'s paths. */
    private static Color onTheSurfaces(OptimizerType type) {
        var slot = new SurfaceTabModel().slots().stream().filter(s -> s.type().equals(type)).findFirst()
                .orElseThrow();
        return OptimizerColours.of(slot.index());
    }

    @Test
    void comparedOptimizersHaveTheirColoursFromTheSurfacesTabNotTheirPositions() {
        var runs = List.of(type("gd"), type("momentum"), type("rmsprop"), type("adam"));
        var colours = RunColours.of(runs);
        for (int i = 0; i < runs.size(); i++) {
            assertEquals(onTheSurfaces(runs.get(i)), colours.get(i), runs.get(i).id());
        }
        assertNotEquals(OptimizerColours.of(2), colours.get(2), "RMSProp is not coloured as the third run");
    }

    @Test
    void anOptimizerHasItsColourWhereverItIsListed() {
        var adam = type("adam");
        assertEquals(RunColours.of(List.of(adam, type("gd"))).get(0), RunColours.of(List.of(type("gd"), adam)).get(1));
    }

    @Test
    void runsOfOneOptimizerGetColoursNoOtherRunHas() {
        var adam = type("adam");
        var gd = type("gd");
        var colours = RunColours.of(List.of(adam, gd, adam, adam));
        assertEquals(RunColours.of(adam), colours.get(0), "the first Adam run keeps Adam's colour");
        assertEquals(RunColours.of(gd), colours.get(1));
        assertEquals(4, new HashSet<>(colours).size(), "four runs, four colours");
        for (int i : new int[] {2, 3}) {
            assertTrue(java.util.stream.IntStream.range(0, 11).mapToObj(OptimizerColours::of).toList()
                    .contains(colours.get(i)), "a colour of the palette");
            assertNotEquals(RunColours.of(adam), colours.get(i));
            assertNotEquals(RunColours.of(gd), colours.get(i));
        }
    }

    @Test
    void aSingleRunHasItsOptimizersColour() {
        assertEquals(RunColours.of(type("nag")), RunColours.of(List.of(type("nag"))).get(0));
    }
}
