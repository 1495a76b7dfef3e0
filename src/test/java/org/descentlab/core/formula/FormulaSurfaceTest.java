package org.descentlab.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.descentlab.core.scene.SettingException;
import org.descentlab.core.surface.Bounds;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.core.surface.Minimum;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.SurfaceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A surface typed as a formula: its minima found numerically, its bounds, start and refusals. */
class FormulaSurfaceTest {

    @Test
    void theMinimaFoundOnHimmelblausFormulaAreItsFourKnownMinima() throws FormulaException {
        var typed = FormulaSurface.of("(x^2+y-11)^2 + (x+y^2-7)^2", Bounds.square(5));
        var known = SurfaceRegistry.find("himmelblau").orElseThrow().info().minima();
        var found = typed.info().minima();
        assertEquals(4, found.size(), found.toString());
        for (Minimum m : known) {
            Minimum nearest = typed.info().nearestMinimum(m.point().x(), m.point().y());
            assertEquals(0, nearest.point().distanceTo(m.point()), 1e-9, m.toString());
            assertEquals(0, nearest.value(), 1e-20);
            assertTrue(nearest.global());
        }
        // Its four saddle points lie between the minima, where the Hessian's determinant is negative.
        assertEquals(4, typed.info().saddlePoints().size(), typed.info().saddlePoints().toString());
    }

    @Test
    void aMinimumAtAKinkIsFoundToo() throws FormulaException {
        var minima = FormulaSurface.of("abs(x) + y^2", FormulaSurface.DEFAULT_BOUNDS).info().minima();
        assertEquals(1, minima.size(), minima.toString());
        assertEquals(0, minima.get(0).point().distanceTo(new Point(0, 0)), 1e-9);
    }

    @Test
    void localMinimaAreFoundAndOnlyTheLowestIsGlobal() throws FormulaException {
        // On [-3, 3]², sin(x)·cos(y) + 0.1·(x² + y²) has its global minimum on the x axis near x = −1.31 and two
        // local ones at (1.27, ±2.57), mirror images of each other (f is even in y).
        var minima = FormulaSurface.of("sin(x)*cos(y) + 0.1*(x^2+y^2)", Bounds.square(3)).info().minima();
        assertEquals(3, minima.size(), minima.toString());
        assertTrue(minima.get(0).global());
        assertEquals(0, minima.get(0).point().y(), 1e-9);
        assertFalse(minima.get(1).global() || minima.get(2).global());
        assertEquals(minima.get(1).value(), minima.get(2).value(), 1e-12);
        assertEquals(minima.get(1).point().y(), -minima.get(2).point().y(), 1e-7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x^2 + 3*y^2", "(1-x)^2 + 100*(y-x^2)^2", "sin(x)*cos(y) + 0.1*(x^2+y^2)",
        "abs(x) + y^2", "log(1 + x^2)"})
    void noPointOfAFineGridLiesBelowTheGlobalMinimumFound(String text) throws FormulaException {
        var surface = FormulaSurface.of(text, Bounds.square(2));
        double fStar = surface.info().minimumValue();
        for (int i = 0; i <= 400; i++) {
            for (int j = 0; j <= 400; j++) {
                double x = -2 + i / 100.0;
                double y = -2 + j / 100.0;
                if (surface.value(x, y) < fStar - 1e-12) {
                    throw new AssertionError(text + " at (" + x + ", " + y + ") is below f* = " + fStar);
                }
            }
        }
    }

    @Test
    void withoutAMinimumInsideTheLowestSampleStandsInAsTheGlobalOne() throws FormulaException {
        var minima = FormulaSurface.of("max(x, y)", FormulaSurface.DEFAULT_BOUNDS).info().minima();
        assertEquals(1, minima.size());
        assertTrue(minima.get(0).global());
        // The lowest of 64 × 64 cell centres over [-3, 3]²: the cell at the lower-left corner, 3/64 in.
        assertEquals(new Point(-3 + 3.0 / 64, -3 + 3.0 / 64), minima.get(0).point());
    }

    @Test
    void aSaddleIsFound() throws FormulaException {
        var info = FormulaSurface.of("x^2 - y^2 + y^4/4", Bounds.square(2)).info();
        assertEquals(List.of(new Point(0, 0)), info.saddlePoints());
        assertEquals(2, info.minima().size());
        assertTrue(info.minima().stream().allMatch(Minimum::global));
    }

    @Test
    void givenMinimaTakePrecedenceAndTheLowestIsGlobal() throws FormulaException {
        var surface = FormulaSurface.of("x^2 + y^2", Bounds.square(2), List.of(new Point(1, 1), new Point(0, 0)));
        assertEquals(List.of(Minimum.local(1, 1, 2), Minimum.global(0, 0, 0)), surface.info().minima());
        assertEquals(List.of(new Point(1, 1), new Point(0, 0)), surface.givenMinima());
    }

    @Test
    void aGivenMinimumOutsideTheBoundsOrWhereFIsUndefinedIsRefused() {
        var outside = assertThrows(SettingException.class,
                () -> FormulaSurface.of("x^2", Bounds.square(1), List.of(new Point(2, 0))));
        assertEquals("minima", outside.problem().field());
        assertEquals("the known minimum (2.0, 0.0) lies outside the plot bounds", outside.getMessage());
        var undefined = assertThrows(SettingException.class,
                () -> FormulaSurface.of("log(x)", Bounds.square(1), List.of(new Point(-0.5, 0))));
        assertEquals("formula.error.minimum_undefined", undefined.problem().wording().key());
    }

    @Test
    void aFormulaThatIsNowhereFiniteInsideItsBoundsIsRefused() {
        var e = assertThrows(SettingException.class, () -> FormulaSurface.of("log(-1 - x^2)", Bounds.square(1)));
        assertEquals("formula", e.problem().field());
        assertEquals("formula.error.nowhere_finite", e.problem().wording().key());
    }

    @Test
    void boundsBeyondTheDeclaredLimitAreRefused() throws FormulaException {
        Formula f = Formula.parse("x");
        var e = assertThrows(SettingException.class,
                () -> new FormulaSurface(f, new Bounds(-2e6, 0, 0, 1), List.of()));
        assertEquals("Plot bounds must be a number from -1000000 to 1000000, got -2000000", e.getMessage());
    }

    @Test
    void theStartIsAQuarterInFromTheUpperLeftCornerOrTheFirstGridPointWhereFIsDefined() throws FormulaException {
        assertEquals(new Point(-1, 2), FormulaSurface.of("x^2", new Bounds(-2, 2, -1, 3)).info().start());
        // log(x) is undefined at the quarter point (-0.5, 0.5); the first search start with x > 0 is 1/12 right of 0.
        var start = FormulaSurface.of("log(x)", Bounds.square(1)).info().start();
        assertEquals(1.0 / 12, start.x(), 1e-15);
        assertEquals(1 - 1.0 / 12, start.y(), 1e-15);
    }

    @Test
    void steepSurfacesGetTheLogColourScaleAndBowlsTheLinearOne() throws FormulaException {
        assertTrue(FormulaSurface.of("(1-x)^2 + 100*(y-x^2)^2", new Bounds(-2, 2, -1, 3)).info().logColourScale());
        assertFalse(FormulaSurface.of("x^2 + y^2", Bounds.square(3)).info().logColourScale());
    }

    @Test
    void equalWhenFormulaBoundsAndGivenMinimaAre() throws FormulaException {
        var a = FormulaSurface.of(" x^2 + y^2", Bounds.square(2));
        assertEquals(a, FormulaSurface.of("x^2 + y^2 ", Bounds.square(2)));
        assertEquals(a.hashCode(), FormulaSurface.of("x^2 + y^2", Bounds.square(2)).hashCode());
        assertNotEquals(a, FormulaSurface.of("x^2 + y^2", Bounds.square(3)));
        assertNotEquals(a, FormulaSurface.of("x^2 + y^2", Bounds.square(2), List.of(new Point(0, 0))));
        assertEquals(FormulaSurface.ID, a.id());
    }

    @Test
    void aHeatMapOfASurfaceUndefinedInPlacesLeavesThoseCellsTransparentAndDrawsTheRest() throws FormulaException {
        var map = HeatMap.compute(FormulaSurface.of("log(x)", Bounds.square(1)), 40, 20);
        for (int j = 0; j < 20; j++) {
            for (int i = 0; i < 40; i++) {
                int pixel = map.pixels(false)[j * 40 + i];
                // Columns 0-19 have x < 0, where log is NaN.
                assertEquals(i < 20, pixel == HeatMap.UNDEFINED, "pixel " + i + ", " + j);
            }
        }
        assertTrue(Double.isFinite(map.grid().min()) && map.grid().max() > map.grid().min());
        int segments = 0;
        for (var level : map.contours()) {
            for (int s = 0; s < level.size(); s++) {
                assertTrue(level.segments()[4 * s] > 0 && level.segments()[4 * s + 2] > 0);
                segments++;
            }
        }
        assertTrue(segments > 0);
    }
}
