package org.descentlab.ui.surface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descentlab.core.descent.Status;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.Test;

/** The timeline (a view of the race's history) and the previous run's ghosts, without the JavaFX toolkit. */
class ReplayTest {

    private static final long SECOND = 1_000_000_000L;

    private final SurfaceTabModel model = new SurfaceTabModel();
    private final Replay replay = model.replay();

    private void steps(int n) {
        for (int i = 0; i < n; i++) {
            model.singleStep();
        }
    }

    @Test
    void lookingBackShowsEachWalkerAtThatStepOfItsPathAndPausesTheRace() {
        steps(50);
        model.playingProperty().set(true);
        replay.show(20);
        assertFalse(model.playingProperty().get(), "looking back pauses the race");
        assertEquals(50, model.clockProperty().get(), "and does not move it");
        for (OptimizerSlot slot : model.enabledSlots()) {
            var walker = slot.walker();
            var moment = WalkerMoment.of(walker, replay);
            assertEquals(20, moment.step());
            assertEquals(new Point(walker.path().x(20), walker.path().y(20)), moment.position(), slot.key());
            assertEquals(walker.path().loss(20), moment.loss(), 0, slot.key());
        }
    }

    @Test
    void theGradientShownAtAnEarlierStepIsTheSurfacesGradientThere() {
        steps(30);
        replay.show(7);
        var walker = model.slot("gd").walker();
        double[] expected = new double[2];
        model.surface().gradient(walker.path().x(7), walker.path().y(7), expected);
        assertArrayEquals(expected, WalkerMoment.of(walker, replay).gradient(), 0);
    }

    @Test
    void playGoesOnFromWhereTheRaceIsAndTheViewBackToLive() {
        steps(50);
        replay.show(10);
        model.togglePlaying();
        assertTrue(replay.live());
        model.onFrame(0);
        assertEquals(51, model.clockProperty().get(), "the race went on from its newest step, not from step 10");
        assertEquals(51, replay.shownStep());
    }

    @Test
    void stepWhileLookingBackShowsTheNextRecordedStepWithoutMovingTheRace() {
        steps(40);
        replay.show(12);
        model.singleStep();
        assertEquals(13, replay.shownStep());
        assertEquals(40, model.clockProperty().get());
        replay.show(39);
        model.singleStep();
        assertTrue(replay.live(), "the step after the newest but one is the newest: live");
        model.singleStep();
        assertEquals(41, model.clockProperty().get(), "live, Step moves the race");
    }

    @Test
    void theClockOrBeyondIsLiveAndBeforeZeroIsZero() {
        steps(25);
        replay.show(25);
        assertTrue(replay.live());
        replay.show(400);
        assertTrue(replay.live());
        replay.show(-3);
        assertEquals(0, replay.shownStep());
        replay.back();
        assertEquals(0, replay.shownStep());
    }

    @Test
    void aRestartShowsTheNewRaceLive() {
        steps(25);
        replay.show(5);
        model.setStart(new Point(0.5, 0.5));
        assertTrue(replay.live());
        steps(3);
        replay.show(1);
        model.reset();
        assertTrue(replay.live());
    }

    @Test
    void aWalkerThatStoppedEarlyShowsItsLastPoint() {
        model.apply(model.scene());
        var gd = model.slot("gd");
        model.setHyperparameter(gd, "lr", 10); // diverges on Rosenbrock within a few steps
        steps(30);
        var status = gd.walker().status();
        assertTrue(status.diverged());
        int last = gd.walker().currentStep();
        replay.show(last + 5);
        assertEquals(last, WalkerMoment.of(gd.walker(), replay).step());
        assertTrue(WalkerMoment.of(gd.walker(), replay).diverged());
        replay.show(last - 1);
        var before = WalkerMoment.of(gd.walker(), replay);
        assertEquals(Status.State.RUNNING, before.status().state(), "before it diverged it was running");
        assertTrue(WalkerStatusText.describe(before, model.race()).startsWith("running"),
                WalkerStatusText.describe(before, model.race()));
    }

    @Test
    void aConvergedWalkerIsConvergedFromItsConvergenceStepOn() {
        model.setSurface(SurfaceRegistry.find("bowl").orElseThrow());
        var gd = model.slot("gd");
        model.setHyperparameter(gd, "lr", 0.2);
        model.reset();
        steps(200);
        var status = gd.walker().status();
        assertTrue(status.converged(), status.toString());
        int k = status.step();
        assertEquals(Status.State.RUNNING, WalkerMoment.at(gd.walker(), k - 1).status().state());
        assertEquals(status, WalkerMoment.at(gd.walker(), k).status());
    }

    @Test
    void aRestartKeepsThePreviousRunsPathsAsGhosts() {
        steps(30);
        var gdPath = model.slot("gd").walker().path();
        double[] xs = new double[31];
        for (int k = 0; k <= 30; k++) {
            xs[k] = gdPath.x(k);
        }
        model.setStart(new Point(0.5, 0.5));
        var ghosts = model.ghosts();
        assertEquals(model.racingSlots().stream().map(OptimizerSlot::key).toList(),
                ghosts.all().stream().map(GhostPaths.Ghost::key).toList());
        var gd = ghosts.all().stream().filter(g -> g.key().equals("gd")).findFirst().orElseThrow();
        assertArrayEquals(xs, gd.xs(), 0);
        assertEquals(model.slot("gd").colour(), gd.colour());
    }

    @Test
    void onlyOneRunIsKeptAndAnUnmovedRaceKeepsIt() {
        steps(30);
        model.setStart(new Point(0.5, 0.5));
        model.setStart(new Point(0.6, 0.5)); // a drag: the race had not moved
        assertEquals(31, model.ghosts().all().get(0).size(), "the ghost is still the run of 30 steps");
        steps(5);
        model.reset();
        assertEquals(6, model.ghosts().all().get(0).size(), "the newer run replaced it");
    }

    @Test
    void aNewSurfaceOrClearForgetsTheGhostsAndHidingDrawsNone() {
        steps(10);
        model.reset();
        assertTrue(model.ghosts().any(), "kept while hidden");
        assertTrue(model.ghosts().visible().isEmpty());
        model.ghosts().shownProperty().set(true);
        assertEquals(model.ghosts().all(), model.ghosts().visible());
        model.ghosts().clear();
        assertFalse(model.ghosts().any());
        steps(10);
        model.reset();
        model.setSurface(SurfaceRegistry.find("himmelblau").orElseThrow());
        assertFalse(model.ghosts().any());
    }

    @Test
    void aGhostOrAViewChangeIsARevisionTheViewsRedrawFor() {
        steps(3);
        long before = model.revisionProperty().get();
        replay.show(1);
        assertTrue(model.revisionProperty().get() > before);
        before = model.revisionProperty().get();
        model.ghosts().shownProperty().set(true);
        assertTrue(model.revisionProperty().get() > before);
        before = model.revisionProperty().get();
        model.showCurvatureProperty().set(true);
        assertTrue(model.revisionProperty().get() > before);
    }

    @Test
    void theGhostAndCurvatureSwitchesAreOffAtFirstAndSavedInTheScene() {
        assertFalse(model.ghosts().shownProperty().get(), "as the scene's defaults have them");
        assertFalse(model.showCurvatureProperty().get());
        model.ghosts().shownProperty().set(true);
        model.showCurvatureProperty().set(true);
        var saved = model.scene();
        assertTrue(saved.insight().showGhosts());
        assertTrue(saved.insight().showCurvature());
        var other = new SurfaceTabModel();
        other.apply(saved);
        assertTrue(other.ghosts().shownProperty().get());
        assertTrue(other.showCurvatureProperty().get());
        other.apply(saved.withInsight(saved.insight().withViews(false, false, false, false)));
        assertFalse(other.ghosts().shownProperty().get());
        assertFalse(other.showCurvatureProperty().get());
    }

    @Test
    void playingAFrameWhileLookingBackIsImpossible() {
        steps(10);
        model.playingProperty().set(true);
        model.onFrame(0);
        replay.show(2);
        assertEquals(0, model.onFrame(SECOND / 2), "paused: no step taken behind the view's back");
    }
}
