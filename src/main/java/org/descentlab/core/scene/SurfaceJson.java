package org.descentlab.core.scene;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.descentlab.core.formula.Formula;
import org.descentlab.core.formula.FormulaException;
import org.descentlab.core.formula.FormulaSurface;
import org.descentlab.core.surface.Bounds;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;
import org.descentlab.core.surface.SurfaceRegistry;

/**
 * The surface of a surfaces scene in a scene file. A built-in surface is its id alone; a typed one is
 *
 * <pre>
 * "surface": "custom",
 * "formula": "x^2 + 3*y^2",
 * "bounds": {"xMin": -3, "xMax": 3, "yMin": -3, "yMax": 3},
 * "minima": [{"x": 0, "y": 0}]
 * </pre>
 *
 * with {@code minima} only when the student gave them (otherwise they are found again when the file is read, the
 * same ones, since the search is deterministic). Files without a typed surface are written and read as before.
 */
final class SurfaceJson {

    private SurfaceJson() {
    }

    static void write(ObjectNode o, Surface surface) {
        o.put("surface", surface.id());
        if (surface instanceof FormulaSurface typed) {
            o.put("formula", typed.formula().text());
            Bounds b = typed.bounds();
            ObjectNode bounds = o.putObject("bounds");
            bounds.put("xMin", b.xMin());
            bounds.put("xMax", b.xMax());
            bounds.put("yMin", b.yMin());
            bounds.put("yMax", b.yMax());
            if (!typed.givenMinima().isEmpty()) {
                ArrayNode minima = o.putArray("minima");
                for (Point p : typed.givenMinima()) {
                    ObjectNode m = minima.addObject();
                    m.put("x", p.x());
                    m.put("y", p.y());
                }
            }
        }
    }

    /** The surface the section {@code o} (its fields prefixed {@code p} in messages) names or describes. */
    static Surface read(JsonFields in, ObjectNode o, String p) {
        String id = in.text(o, "surface", p);
        if (!id.equals(FormulaSurface.ID)) {
            for (String field : List.of("formula", "bounds", "minima")) {
                if (o.has(field)) {
                    in.notes.add("ignored the field '" + p + field + "': only a custom surface has one");
                }
            }
            return SurfaceRegistry.find(id).orElseThrow(() -> in.fail(p + "surface", "unknown surface '" + id
                    + "' (this app has: " + SurfaceRegistry.ids() + ", " + FormulaSurface.ID + ")"));
        }
        Formula formula;
        try {
            formula = Formula.parse(in.text(o, "formula", p));
        } catch (FormulaException e) {
            throw in.fail(p + "formula", p + "formula: " + e.getMessage());
        }
        ObjectNode b = in.object(o, "bounds", p);
        String bp = p + "bounds.";
        in.known(b, bp, "xMin", "xMax", "yMin", "yMax");
        Bounds bounds = in.guard(() -> SurfaceLimits.bounds(in.number(b, "xMin", bp), in.number(b, "xMax", bp),
                in.number(b, "yMin", bp), in.number(b, "yMax", bp), p + "bounds"));
        List<Point> minima = minima(in, o, p);
        try {
            return new FormulaSurface(formula, bounds, minima);
        } catch (SettingException e) {
            String field = p + e.problem().field();
            throw in.fail(field, field + ": " + e.getMessage());
        }
    }

    /** The optional list of known minima, each {@code {"x": …, "y": …}}; absent or null means none. */
    private static List<Point> minima(JsonFields in, ObjectNode o, String p) {
        if (!in.optionalObject(o, "minima")) {
            return List.of();
        }
        ArrayNode list = in.array(o, "minima", p);
        in.guard(() -> SurfaceLimits.MINIMA.check(list.size(), p + "minima"));
        var points = new ArrayList<Point>();
        for (int i = 0; i < list.size(); i++) {
            String q = p + "minima[" + i + "].";
            ObjectNode entry = in.element(list, i, p + "minima");
            in.known(entry, q, "x", "y");
            points.add(new Point(in.number(entry, "x", q), in.number(entry, "y", q)));
        }
        return points;
    }
}
