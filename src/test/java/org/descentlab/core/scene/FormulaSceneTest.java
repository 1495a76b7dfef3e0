package org.descentlab.core.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.descentlab.core.formula.FormulaException;
import org.descentlab.core.formula.FormulaSurface;
import org.descentlab.core.surface.Bounds;
import org.descentlab.core.surface.Point;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A typed surface in a scene file: written, read back equal, and refused field by field when wrong. */
class FormulaSceneTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Scene typed;

    @BeforeAll
    static void makeTheScene() throws FormulaException {
        var surface = FormulaSurface.of("(x^2+y-11)^2 + (x+y^2-7)^2", new Bounds(-5, 5, -4.5, 5.25),
                List.of(new Point(3, 2), new Point(-2.805118086952745, 3.131312518250573)));
        typed = new Scene(SurfacesScene.forSurface(surface).withStart(new Point(0.1, -0.2)), null);
    }

    @Test
    void aTypedSurfaceSurvivesWriteAndRead() {
        var read = SceneJson.read(SceneJson.write(typed), "t.dlab.json");
        assertEquals(typed, read.scene());
        assertTrue(read.notes().isEmpty(), read.notes().toString());
        var surface = (FormulaSurface) read.scene().surfaces().surface();
        assertEquals("(x^2+y-11)^2 + (x+y^2-7)^2", surface.formula().text());
        assertEquals(typed.surfaces().surface().info(), surface.info());
    }

    @Test
    void theFileHoldsTheFormulaItsBoundsAndTheGivenMinima() throws Exception {
        var section = MAPPER.readTree(SceneJson.write(typed)).get("surfaces");
        assertEquals("custom", section.get("surface").asText());
        assertEquals("(x^2+y-11)^2 + (x+y^2-7)^2", section.get("formula").asText());
        assertEquals(MAPPER.readTree("{\"xMin\": -5.0, \"xMax\": 5.0, \"yMin\": -4.5, \"yMax\": 5.25}"),
                section.get("bounds"));
        assertEquals(MAPPER.readTree("[{\"x\": 3.0, \"y\": 2.0}, "
                + "{\"x\": -2.805118086952745, \"y\": 3.131312518250573}]"), section.get("minima"));
    }

    @Test
    void minimaFoundNumericallyAreNotWrittenAndAreFoundAgainOnReading() throws Exception {
        var found = new Scene(SurfacesScene.forSurface(FormulaSurface.of("abs(x) + y^2", Bounds.square(2))), null);
        String text = SceneJson.write(found);
        assertFalse(MAPPER.readTree(text).get("surfaces").has("minima"));
        assertEquals(found, SceneJson.read(text, "f.dlab.json").scene());
    }

    @Test
    void aBuiltInSurfaceIsWrittenAsBeforeWithoutTheTypedSurfacesFields() throws Exception {
        var fields = new ArrayList<String>();
        MAPPER.readTree(SceneJson.write(Scene.defaults())).get("surfaces").fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("surface", "start", "steps", "speed", "noise", "noiseSeed", "layout", "logColours",
                "showInsides", "linkLearningRates", "restartOnChange", "optimizers", "insight"), fields);
    }

    @Test
    void aBuiltInSurfaceWithAStrayFormulaReadsWithANote() throws Exception {
        var tree = (ObjectNode) MAPPER.readTree(SceneJson.write(Scene.defaults()));
        ((ObjectNode) tree.get("surfaces")).put("formula", "x^2");
        var read = SceneJson.read(tree.toString(), "s.dlab.json");
        assertEquals(Scene.defaults().surfaces(), read.scene().surfaces());
        assertEquals(List.of("ignored the field 'surfaces.formula': only a custom surface has one"), read.notes());
    }

    /** The typed scene's JSON with one change (a JSON pointer, and new JSON text or "-" to remove the field). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/surfaces/formula | \"x^2 + * y\" | surfaces.formula | "
                + "t.dlab.json: surfaces.formula: expected a number, x, y or '(' at column 7",
        "/surfaces/formula | \"sin(x\" | surfaces.formula | surfaces.formula: '(' is never closed at column 4",
        "/surfaces/formula | - | surfaces.formula | 'surfaces.formula' is missing",
        "/surfaces/formula | 2 | surfaces.formula | 'surfaces.formula' must be text",
        "/surfaces/formula | \"log(-1-x^2)\" | surfaces.formula | surfaces.formula: f(x, y) has no finite value",
        "/surfaces/bounds | - | surfaces.bounds | 'surfaces.bounds' is missing",
        "/surfaces/bounds/xMax | -6 | surfaces.bounds | surfaces.bounds must be four numbers xmin,xmax,ymin,ymax "
                + "with xmin < xmax and ymin < ymax, got -5,-6,-4.5,5.25",
        "/surfaces/bounds/yMin | -2e6 | surfaces.bounds | Plot bounds (surfaces.bounds) must be a number from "
                + "-1000000 to 1000000",
        "/surfaces/bounds/yMax | \"5\" | surfaces.bounds.yMax | 'surfaces.bounds.yMax' must be a number",
        "/surfaces/minima/1/x | 9 | surfaces.minima | "
                + "surfaces.minima: the known minimum (9.0, 3.131312518250573) lies outside the plot bounds",
        "/surfaces/minima | {} | surfaces.minima | 'surfaces.minima' must be a list",
        "/surfaces/surface | \"moon\" | surfaces.surface | unknown surface 'moon'",
    })
    void aBrokenTypedSurfaceIsRefusedNamingTheField(String pointer, String json, String field, String expected)
            throws Exception {
        var tree = (ObjectNode) MAPPER.readTree(SceneJson.write(typed));
        int cut = pointer.lastIndexOf('/');
        var parent = tree.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), MAPPER.readTree(json));
        } else if (json.equals("-")) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, MAPPER.readTree(json));
        }
        var e = assertThrows(SettingException.class, () -> SceneJson.read(tree.toString(), "t.dlab.json"));
        assertTrue(e.getMessage().startsWith("t.dlab.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(field, e.problem().field());
    }

    @Test
    void moreKnownMinimaThanTheLimitAreRefused() throws Exception {
        var tree = (ObjectNode) MAPPER.readTree(SceneJson.write(typed));
        var list = ((ObjectNode) tree.get("surfaces")).putArray("minima");
        for (int i = 0; i < 25; i++) {
            list.addObject().put("x", 0).put("y", 0);
        }
        var e = assertThrows(SettingException.class, () -> SceneJson.read(tree.toString(), "t.dlab.json"));
        assertTrue(e.getMessage().contains("Known minima (surfaces.minima) must be a whole number from 0 to 24"),
                e.getMessage());
    }

    @Test
    void boundsTypedAsTextAreReadOrRefusedWithTheSettingsName() {
        assertEquals(new Bounds(-2, 2, -1, 3), SurfaceLimits.parseBounds(" -2, 2,-1 ,3 ", "--bounds"));
        for (String bad : List.of("1,2,3", "a,b,c,d", "2,1,0,1", "0,1,1,1", "", "0,1,0,1,2", "NaN,1,0,1")) {
            var e = assertThrows(SettingException.class, () -> SurfaceLimits.parseBounds(bad, "--bounds"));
            assertTrue(e.getMessage().startsWith("--bounds must be four numbers xmin,xmax,ymin,ymax"), e.getMessage());
            assertEquals("formula.error.bounds", e.problem().wording().key());
        }
        var far = assertThrows(SettingException.class, () -> SurfaceLimits.parseBounds("0,1e7,0,1", "--bounds"));
        assertEquals("Plot bounds (--bounds) must be a number from -1000000 to 1000000, got 10000000",
                far.getMessage());
    }
}
