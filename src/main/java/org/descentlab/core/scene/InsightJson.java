package org.descentlab.core.scene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;

/**
 * The {@code surfaces.insight} part of a scene file ({@link InsightSetup}). Every field of it may be left out, and
 * the part itself: a missing one takes its default, so files written before these views existed open as they were.
 */
final class InsightJson {

    private static final String FIELD = "insight";

    private InsightJson() {
    }

    /** {@code insight} as a JSON object. */
    static ObjectNode write(ObjectMapper mapper, InsightSetup insight) {
        ObjectNode o = mapper.createObjectNode();
        o.put("showCurvature", insight.showCurvature());
        o.put("showGhosts", insight.showGhosts());
        o.put("showSweep", insight.showSweep());
        o.put("sweepLrMin", insight.sweepLrMin());
        o.put("sweepLrMax", insight.sweepLrMax());
        o.put("sweepPoints", insight.sweepPoints());
        o.put("showBasins", insight.showBasins());
        o.put("basinGrid", insight.basinGrid());
        ArrayNode list = o.putArray("basinOptimizers");
        insight.basinOptimizers().forEach(t -> list.add(t.id()));
        return o;
    }

    /** The insight settings of the surfaces section {@code surfaces}, whose fields are named {@code p…}. */
    static InsightSetup read(JsonFields f, ObjectNode surfaces, String p) {
        var d = InsightSetup.defaults();
        JsonNode node = surfaces.get(FIELD);
        if (node == null || node.isNull()) {
            return d;
        }
        ObjectNode o = f.object(surfaces, FIELD, p);
        String q = p + FIELD + ".";
        f.known(o, q, "showCurvature", "showGhosts", "showSweep", "sweepLrMin", "sweepLrMax", "sweepPoints",
                "showBasins", "basinGrid", "basinOptimizers");
        boolean curvature = o.has("showCurvature") ? f.bool(o, "showCurvature", q) : d.showCurvature();
        boolean ghosts = o.has("showGhosts") ? f.bool(o, "showGhosts", q) : d.showGhosts();
        boolean sweep = o.has("showSweep") ? f.bool(o, "showSweep", q) : d.showSweep();
        double lrMin = o.has("sweepLrMin") ? f.number(o, "sweepLrMin", q) : d.sweepLrMin();
        double lrMax = o.has("sweepLrMax") ? f.number(o, "sweepLrMax", q) : d.sweepLrMax();
        int points = o.has("sweepPoints") ? f.wholeInt(o, "sweepPoints", q) : d.sweepPoints();
        boolean basins = o.has("showBasins") ? f.bool(o, "showBasins", q) : d.showBasins();
        int grid = o.has("basinGrid") ? f.wholeInt(o, "basinGrid", q) : d.basinGrid();
        var optimizers = o.has("basinOptimizers") ? optimizers(f, o, q) : d.basinOptimizers();
        return f.guard(() -> new InsightSetup(curvature, ghosts, sweep, lrMin, lrMax, points, basins, grid,
                optimizers));
    }

    private static java.util.List<OptimizerType> optimizers(JsonFields f, ObjectNode o, String q) {
        ArrayNode list = f.array(o, "basinOptimizers", q);
        var types = new ArrayList<OptimizerType>();
        for (int i = 0; i < list.size(); i++) {
            String field = q + "basinOptimizers[" + i + "]";
            JsonNode v = list.get(i);
            if (!v.isTextual()) {
                throw f.fail(field, "'" + field + "' must be an optimizer id in quotes");
            }
            String id = v.asText();
            types.add(OptimizerRegistry.find(id).orElseThrow(() -> f.fail(field, "unknown optimizer '" + id
                    + "' in " + field + " (this app has: " + OptimizerRegistry.ids() + ")")));
        }
        return types;
    }
}
