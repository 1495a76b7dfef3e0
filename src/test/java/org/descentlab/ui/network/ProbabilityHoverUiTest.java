package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.Parameters;
import org.descentlab.core.nn.PointProbabilities;
import org.descentlab.core.nn.ReferenceNetwork;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.scene.ComparisonRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The class probabilities under the mouse on the boundary map, headless: where the mouse is, with the run's current
 * weights, checked against the reference network's loss at that point (its forward pass), hidden when the mouse
 * leaves, and in compare mode for the panel under the mouse only.
 */
@Tag("ui")
class ProbabilityHoverUiTest extends NetworkTabFixture {

    @BeforeEach
    void smallDataTheBoundaryOnShow() {
        robot.interact(() -> freshRun(m -> {
            var c = ClusterSettings.defaults();
            m.regenerate(4, 30, c.spread(), c.seed(), 0);
            m.setOptimizer(Adam.TYPE);
            m.setNetwork(16, Activation.TANH, 0, 2);
            m.setBatchSize(32);
            m.setEpochs(1000);
        }));
    }

    @Test
    void theBarsAreTheNetworksProbabilitiesWhereTheMouseIsAndFollowTraining() throws Exception {
        oneEpoch();
        var map = tab.boundary();
        Dataset train = model.split().train();
        double x = train.x(5);
        double y = train.y(5);
        var shown = hover(map, x, y);
        assertEquals(x, shown.x(), pixel(map), "the point under the mouse");
        assertEquals(y, shown.y(), pixel(map));
        assertAgreesWithTheReference(shown, model.parameters(), Activation.TANH);
        var bars = map.probabilityBars();
        assertEquals(List.of("Class " + shown.top() + ": " + NetworkFigures.fixed(1,
                100 * shown.probability(shown.top())) + " %"), bars.words(), "the most probable class, named");

        oneEpoch();
        robot.interact(tab::refreshNow);
        var later = bars.shown();
        assertNotEquals(shown.probability(0), later.probability(0), "new weights, new probabilities");
        assertAgreesWithTheReference(later, model.parameters(), Activation.TANH);

        robot.moveTo("#trainButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(bars.isVisible(), "hidden when the mouse leaves the map");
    }

    @Test
    void comparedPanelsShowTheProbabilitiesOfTheirOwnRunUnderTheMouseOnly() throws Exception {
        robot.interact(() -> model.compare(List.of(
                new ComparisonRun("Tanh", Adam.TYPE, Adam.TYPE.defaults(), null, Activation.TANH, null),
                new ComparisonRun("ReLU", Adam.TYPE, Adam.TYPE.defaults(), null, Activation.RELU, null))));
        oneEpoch();
        var panels = tab.comparisonPanels();
        Dataset train = model.split().train();
        var shown = hover(panels.get(1), train.x(0), train.y(0));
        assertTrue(panels.get(1).probabilityBars().isVisible());
        assertFalse(panels.get(0).probabilityBars().isVisible(), "only the panel under the mouse");
        assertAgreesWithTheReference(shown, model.runs().get(1).parameters(), Activation.RELU);
    }

    /** Moves the mouse over the plane's point (x, y) of {@code map} and returns what its bars show. */
    private PointProbabilities hover(BoundaryView map, double x, double y) throws Exception {
        robot.interact(tab::refreshNow);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D pixel = map.toPixel(x, y);
        robot.moveTo(map.localToScreen(pixel));
        WaitForAsyncUtils.waitForFxEvents();
        var bars = map.probabilityBars();
        assertTrue(bars.isVisible(), "bars under the mouse");
        return bars.shown();
    }

    /** The plane's length of one and a half pixels of {@code map}: how near the mouse lands to a point. */
    private static double pixel(BoundaryView map) {
        return 1.5 / (map.toPixel(1, 0).getX() - map.toPixel(0, 0).getX());
    }

    /** P(c) = e^(−loss of the point labelled c), the loss taken by the reference network's forward pass. */
    private static void assertAgreesWithTheReference(PointProbabilities shown, Parameters p, Activation activation) {
        var reference = new ReferenceNetwork(p.shape(), activation);
        double sum = 0;
        for (int c = 0; c < shown.classes(); c++) {
            var labelled = new Dataset(new double[] {shown.x(), shown.y()}, new int[] {c}, shown.classes());
            double loss = reference.lossAndGradient(p.values(), labelled, null);
            assertEquals(Math.exp(-loss), shown.probability(c), 1e-12, "class " + c);
            sum += shown.probability(c);
        }
        assertEquals(1, sum, 1e-12);
    }

    private void oneEpoch() throws Exception {
        int before = model.epoch();
        robot.interact(model::oneEpoch);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.epoch() == before + 1 && model.idle());
    }
}
