package org.descentlab.core.scene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.descentlab.core.nn.Activation;
import org.descentlab.core.nn.DatasetKind;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.surface.Point;
import org.descentlab.core.surface.Surface;

/**
 * Scenes as JSON text, the content of a {@code .dlab.json} file. Written with Jackson's tree model so that every
 * field is checked by name: a missing field, a wrong type, an unknown surface or optimizer, or a value out of its
 * declared range is refused with one {@link Problem} that names the field. Fields this version does not know are
 * ignored and listed as notes, so that an older app reads the known parts of a newer file; the format version only
 * changes when a field changes its meaning.
 *
 * <p>Numbers are written as Java's shortest round-trip text, so every double survives a save and an open exactly.
 */
public final class SceneJson {

    /** What the {@code format} field must say. */
    public static final String FORMAT = "descent-lab-scene";
    /** The format version this app writes and reads. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SceneJson() {
    }

    /** A scene read from text, with notes on what was ignored. */
    public record Read(Scene scene, List<String> notes) {
    }

    // ---- writing ----

    /** {@code scene} as indented JSON; file names are written as the scene holds them. */
    public static String write(Scene scene) {
        if (scene.isEmpty()) {
            throw new IllegalArgumentException("an empty scene is not worth a file");
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        if (scene.surfaces() != null) {
            root.set("surfaces", surfaces(scene.surfaces()));
        }
        if (scene.network() != null) {
            root.set("network", network(scene.network()));
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scene tree could not be written as text", e);
        }
    }

    private static ObjectNode surfaces(SurfacesScene s) {
        ObjectNode o = MAPPER.createObjectNode();
        SurfaceJson.write(o, s.surface());
        ObjectNode start = o.putObject("start");
        start.put("x", s.start().x());
        start.put("y", s.start().y());
        o.put("steps", s.steps());
        o.put("speed", s.speed());
        o.put("noise", s.noise());
        o.put("noiseSeed", s.noiseSeed());
        o.put("layout", s.layout() == RaceLayout.OVERLAY ? "overlay" : "side-by-side");
        o.put("logColours", s.logColours());
        o.put("showInsides", s.showInsides());
        o.put("linkLearningRates", s.linkLearningRates());
        o.put("restartOnChange", s.restartOnChange());
        ArrayNode list = o.putArray("optimizers");
        for (OptimizerSetup setup : s.optimizers()) {
            ObjectNode entry = list.addObject();
            entry.put("optimizer", setup.type().id());
            entry.put("enabled", setup.enabled());
            entry.set("hyperparameters", values(setup.values()));
        }
        if (!s.copies().isEmpty()) {
            ArrayNode copies = o.putArray("copies");
            for (OptimizerCopy copy : s.copies()) {
                ObjectNode entry = copies.addObject();
                entry.put("optimizer", copy.type().id());
                entry.set("hyperparameters", values(copy.values()));
                copy.ownStart().ifPresent(own -> {
                    ObjectNode at = entry.putObject("start");
                    at.put("x", own.x());
                    at.put("y", own.y());
                });
            }
        }
        o.set("insight", InsightJson.write(MAPPER, s.insight()));
        ScheduleJson.write(MAPPER, o, s.schedule());
        return o;
    }

    private static ObjectNode network(NetworkScene n) {
        ObjectNode o = MAPPER.createObjectNode();
        ObjectNode data = o.putObject("data");
        var d = n.data();
        data.put("source", d.generated() ? d.kind().id() : "file");
        if (!d.generated()) {
            data.put("file", d.file());
        }
        data.put("clusters", d.clusters());
        data.put("pointsPerCluster", d.pointsPerCluster());
        data.put("spread", d.spread());
        data.put("seed", d.seed());
        data.put("validationSplit", d.validationSplit());
        if (d.kind() != DatasetKind.CLUSTERS) {
            data.put("noise", d.noise()); // only for the generated two-class pictures: files without it read as 0.5
        }
        ObjectNode net = o.putObject("network");
        net.put("hidden", n.network().hidden());
        if (n.network().layers() != 1) {
            net.put("layers", n.network().layers()); // only when deeper: files without it have one hidden layer
        }
        net.put("activation", n.network().activation().id());
        net.put("initSeed", n.network().initSeed());
        if (n.network().initParameters() != null) {
            net.put("initParameters", n.network().initParameters());
        } else {
            net.putNull("initParameters");
        }
        ObjectNode training = o.putObject("training");
        var t = n.training();
        training.put("optimizer", t.optimizer().id());
        training.set("hyperparameters", values(t.hyperparameters()));
        putBatchSize(training, t.batchSize());
        training.put("epochs", t.epochs());
        training.put("shuffle", t.shuffle());
        training.put("shuffleSeed", t.shuffleSeed());
        training.put("speedLimit", t.speedLimit());
        if (t.l2() != 0) {
            training.put("l2", t.l2()); // only when set: files without it read as 0
        }
        if (t.dropout() != 0) {
            training.put("dropout", t.dropout()); // as l2: absent reads as none
        }
        if (t.earlyStopping() != 0) {
            training.put("earlyStopping", t.earlyStopping());
        }
        ScheduleJson.write(MAPPER, training, t.schedule());
        ArrayNode comparison = o.putArray("comparison");
        for (ComparisonRun run : n.comparison()) {
            ObjectNode entry = comparison.addObject();
            entry.put("label", run.label());
            entry.put("optimizer", run.optimizer().id());
            entry.set("hyperparameters", values(run.hyperparameters()));
            // A run's own settings only when it has them; absent, the training and network setup's apply.
            if (run.batchSize() != null) {
                putBatchSize(entry, run.batchSize());
            }
            if (run.activation() != null) {
                entry.put("activation", run.activation().id());
            }
            if (run.l2() != null) {
                entry.put("l2", run.l2());
            }
        }
        return o;
    }

    /** A batch size as the file writes it: a whole number, or {@code "full"} for {@link NetworkLimits#FULL_BATCH}. */
    private static void putBatchSize(ObjectNode o, int size) {
        if (size == NetworkLimits.FULL_BATCH) {
            o.put("batchSize", "full");
        } else {
            o.put("batchSize", size);
        }
    }

    private static ObjectNode values(HyperparameterValues values) {
        ObjectNode o = MAPPER.createObjectNode();
        for (Hyperparameter h : values.declared()) {
            o.put(h.key(), values.get(h.key()));
        }
        return o;
    }

    // ---- reading ----

    /**
     * The scene in {@code text}.
     *
     * @param name what to call the text in messages (the file name)
     * @throws SettingException with one message naming the field for everything that is wrong
     */
    public static Read read(String text, String name) {
        if (text.isBlank()) {
            throw new SettingException(Problem.of(name + ": the file is empty, not a scene file"));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new SettingException(Problem.of(name + ": not a scene file: the text is not valid JSON" + where));
        }
        if (root == null || !root.isObject()) {
            throw new SettingException(Problem.of(name + ": not a scene file: expected a JSON object"));
        }
        var reader = new Reader(name);
        return reader.scene((ObjectNode) root);
    }

    /** Reads one tree, collecting notes on ignored fields. */
    private static final class Reader extends JsonFields {

        Reader(String name) {
            super(name);
        }

        Read scene(ObjectNode root) {
            String format = text(root, "format", "");
            if (!format.equals(FORMAT)) {
                throw fail("format", "not a Descent Lab scene (its 'format' is '" + format + "', expected '"
                        + FORMAT + "')");
            }
            long version = whole(root, "version", "");
            if (version != VERSION) {
                throw fail("version", "scene format version " + version + " is not one this app reads (it reads "
                        + "version " + VERSION + (version > VERSION ? "; the file was written by a newer Descent Lab)"
                        : ")"));
            }
            known(root, "", "format", "version", "surfaces", "network");
            SurfacesScene surfaces = optionalObject(root, "surfaces") ? surfaces(object(root, "surfaces", ""))
                    : null;
            NetworkScene network = optionalObject(root, "network") ? network(object(root, "network", "")) : null;
            if (surfaces == null && network == null) {
                throw fail("", "a scene must set up the surfaces tab, the network tab or both");
            }
            return new Read(new Scene(surfaces, network), List.copyOf(notes));
        }

        private SurfacesScene surfaces(ObjectNode o) {
            String p = "surfaces.";
            known(o, p, "surface", "formula", "bounds", "minima", "start", "steps", "speed", "noise", "noiseSeed",
                    "layout", "logColours", "showInsides", "linkLearningRates", "restartOnChange", "optimizers", "copies",
                    "insight", ScheduleJson.FIELD);
            Surface surface = SurfaceJson.read(this, o, p);
            ObjectNode start = object(o, "start", p);
            known(start, p + "start.", "x", "y");
            var point = new Point(number(start, "x", p + "start."), number(start, "y", p + "start."));
            String layoutText = text(o, "layout", p);
            RaceLayout layout = switch (layoutText) {
                case "overlay" -> RaceLayout.OVERLAY;
                case "side-by-side" -> RaceLayout.SIDE_BY_SIDE;
                default -> throw fail(p + "layout", "layout must be 'overlay' or 'side-by-side', got '" + layoutText
                        + "'");
            };
            var setups = new ArrayList<OptimizerSetup>();
            ArrayNode list = array(o, "optimizers", p);
            for (int i = 0; i < list.size(); i++) {
                String q = p + "optimizers[" + i + "].";
                ObjectNode entry = element(list, i, p + "optimizers");
                known(entry, q, "optimizer", "enabled", "hyperparameters");
                OptimizerType type = optimizer(entry, q);
                setups.add(new OptimizerSetup(type, bool(entry, "enabled", q),
                        hyperparameters(type, object(entry, "hyperparameters", q), q + "hyperparameters.")));
            }
            List<OptimizerCopy> copies = copies(o, p);
            InsightSetup insight = InsightJson.read(this, o, p);
            Schedule schedule = ScheduleJson.read(this, o, p);
            return guard(() -> new SurfacesScene(surface, point, setups, wholeInt(o, "steps", p),
                    number(o, "speed", p), number(o, "noise", p), whole(o, "noiseSeed", p), layout,
                    bool(o, "logColours", p), bool(o, "showInsides", p), bool(o, "linkLearningRates", p),
                    bool(o, "restartOnChange", p), copies, insight, schedule));
        }

        /**
         * The optional list {@code copies}: each an optimizer, some or all of its hyperparameters (the others at the
         * optimizer's defaults) and maybe its own start. Absent or null means none.
         */
        private List<OptimizerCopy> copies(ObjectNode o, String p) {
            if (!optionalObject(o, "copies")) {
                return List.of();
            }
            ArrayNode list = array(o, "copies", p);
            guard(() -> SurfaceLimits.COPIES.check(list.size(), p + "copies"));
            var copies = new ArrayList<OptimizerCopy>();
            for (int i = 0; i < list.size(); i++) {
                String q = p + "copies[" + i + "].";
                ObjectNode entry = element(list, i, p + "copies");
                known(entry, q, "optimizer", "hyperparameters", "start");
                String id = text(entry, "optimizer", q);
                OptimizerType type = OptimizerRegistry.find(id).orElseThrow(() -> fail(q + "optimizer",
                        "unknown optimizer '" + id + "' in " + q + "optimizer (this app has: "
                        + OptimizerRegistry.ids() + ")"));
                var values = optionalObject(entry, "hyperparameters")
                        ? someHyperparameters(type, object(entry, "hyperparameters", q), q + "hyperparameters.")
                        : type.defaults();
                Point own = null;
                if (optionalObject(entry, "start")) {
                    ObjectNode at = object(entry, "start", q);
                    known(at, q + "start.", "x", "y");
                    own = new Point(number(at, "x", q + "start."), number(at, "y", q + "start."));
                }
                copies.add(new OptimizerCopy(type, values, own));
            }
            return copies;
        }

        /** Hyperparameters of which some may be left out (they take the optimizer's defaults). */
        private HyperparameterValues someHyperparameters(OptimizerType type, ObjectNode o, String p) {
            ObjectNode all = o.deepCopy();
            for (Hyperparameter h : type.hyperparameters()) {
                JsonNode v = o.get(h.key());
                if (v == null) {
                    all.put(h.key(), h.defaultValue());
                } else if (v.isNumber() && h.problemWith(v.doubleValue()) != null) {
                    String problem = h.problemWith(v.doubleValue());
                    String field = p + h.key();
                    throw fail(field, type.id() + ": " + (problem.startsWith(h.label())
                            ? h.label() + " (" + field + ")" + problem.substring(h.label().length())
                            : field + ": " + problem));
                }
            }
            return hyperparameters(type, all, p);
        }

        private NetworkScene network(ObjectNode o) {
            String p = "network.";
            known(o, p, "data", "network", "training", "comparison");
            ObjectNode d = object(o, "data", p);
            String dp = p + "data.";
            known(d, dp, "source", "file", "clusters", "pointsPerCluster", "spread", "seed", "validationSplit",
                    "noise");
            String source = text(d, "source", dp);
            DatasetKind kind = source.equals("file") ? DatasetKind.CLUSTERS : DatasetKind.byId(source);
            if (kind == null) {
                throw fail(dp + "source", "data source must be 'file' or one of " + Arrays.stream(DatasetKind.values())
                        .map(DatasetKind::id).toList() + ", got '" + source + "'");
            }
            String file = source.equals("file") ? text(d, "file", dp) : null;
            // Files written before there were other kinds of data have no 'noise'.
            double noise = d.has("noise") ? number(d, "noise", dp) : NetworkLimits.NOISE.defaultValue();
            DataSetup data = guard(() -> new DataSetup(file, wholeInt(d, "clusters", dp),
                    wholeInt(d, "pointsPerCluster", dp), number(d, "spread", dp), whole(d, "seed", dp),
                    number(d, "validationSplit", dp), kind, noise));
            ObjectNode n = object(o, "network", p);
            String np = p + "network.";
            known(n, np, "hidden", "layers", "activation", "initSeed", "initParameters");
            Activation activation = activation(n, np);
            JsonNode init = require(n, "initParameters", np);
            if (!init.isNull() && !init.isTextual()) {
                throw fail(np + "initParameters", "must be a file name or null");
            }
            // Files written before networks had depth have no 'layers': one hidden layer, as they had.
            int layers = n.has("layers") ? wholeInt(n, "layers", np) : 1;
            NetworkSetup network = guard(() -> new NetworkSetup(wholeInt(n, "hidden", np), activation,
                    whole(n, "initSeed", np), init.isNull() ? null : init.asText(), layers));
            ObjectNode t = object(o, "training", p);
            String tp = p + "training.";
            known(t, tp, "optimizer", "hyperparameters", "batchSize", "epochs", "shuffle", "shuffleSeed",
                    "speedLimit", "l2", "dropout", "earlyStopping", ScheduleJson.FIELD);
            OptimizerType type = optimizer(t, tp);
            var values = hyperparameters(type, object(t, "hyperparameters", tp), tp + "hyperparameters.");
            int batch = batchSize(t, tp);
            // Files written before there was an L2 penalty have no 'l2': they train without one, as they did.
            double l2 = t.has("l2") ? l2(t, tp) : 0;
            // Nor dropout, early stopping or a schedule: none of them.
            double dropout = t.has("dropout") ? number(t, "dropout", tp) : 0;
            int patience = t.has("earlyStopping") ? wholeInt(t, "earlyStopping", tp) : 0;
            Schedule schedule = ScheduleJson.read(this, t, tp);
            TrainingSetup training = guard(() -> new TrainingSetup(type, values, batch, wholeInt(t, "epochs", tp),
                    bool(t, "shuffle", tp), whole(t, "shuffleSeed", tp),
                    number(t, "speedLimit", tp), l2, dropout, patience, schedule));
            var runs = new ArrayList<ComparisonRun>();
            ArrayNode list = array(o, "comparison", p);
            for (int i = 0; i < list.size(); i++) {
                runs.add(comparisonRun(element(list, i, p + "comparison"), p + "comparison[" + i + "]."));
            }
            return guard(() -> new NetworkScene(data, network, training, runs));
        }

        /** One compared run: its optimizer, and its own batch size, activation and L2 penalty when it sets them. */
        private ComparisonRun comparisonRun(ObjectNode entry, String q) {
            known(entry, q, "label", "optimizer", "hyperparameters", "batchSize", "activation", "l2");
            OptimizerType runType = optimizer(entry, q);
            var runValues = hyperparameters(runType, object(entry, "hyperparameters", q), q + "hyperparameters.");
            String label = text(entry, "label", q);
            Integer batch = entry.has("batchSize") ? batchSize(entry, q) : null;
            Activation activation = entry.has("activation") ? activation(entry, q) : null;
            Double l2 = entry.has("l2") ? l2(entry, q) : null;
            return guard(() -> new ComparisonRun(label, runType, runValues, batch, activation, l2));
        }

        /** A batch size: a whole number in {@link NetworkLimits#BATCH}, or {@code "full"}. */
        private int batchSize(ObjectNode o, String prefix) {
            JsonNode node = require(o, "batchSize", prefix);
            if (node.isTextual() && node.asText().equals("full")) {
                return NetworkLimits.FULL_BATCH;
            }
            int batch = wholeInt(o, "batchSize", prefix);
            guard(() -> NetworkLimits.BATCH.check(batch, prefix + "batchSize"));
            return batch;
        }

        private Activation activation(ObjectNode o, String prefix) {
            String act = text(o, "activation", prefix);
            try {
                return Activation.fromId(act);
            } catch (IllegalArgumentException e) {
                throw fail(prefix + "activation", "activation must be sigmoid, tanh or relu, got '" + act + "'");
            }
        }

        private double l2(ObjectNode o, String prefix) {
            double l2 = number(o, "l2", prefix);
            guard(() -> NetworkLimits.L2.check(l2, prefix + "l2"));
            return l2;
        }

        private OptimizerType optimizer(ObjectNode o, String p) {
            String id = text(o, "optimizer", p);
            return OptimizerRegistry.find(id).orElseThrow(() -> fail(p + "optimizer", "unknown optimizer '" + id
                    + "' (this app has: " + OptimizerRegistry.ids() + ")"));
        }

        private HyperparameterValues hyperparameters(OptimizerType type, ObjectNode o, String p) {
            var values = type.defaults();
            known(o, p, type.hyperparameters().stream().map(Hyperparameter::key).toArray(String[]::new));
            for (Hyperparameter h : type.hyperparameters()) {
                double v = number(o, h.key(), p);
                String problem = h.problemWith(v);
                if (problem != null) {
                    throw fail(p + h.key(), type.id() + ": " + problem);
                }
                values = values.with(h.key(), v);
            }
            return values;
        }
    }

    /** The folder a scene file's relative file names are read against. */
    public static Path folderOf(Path sceneFile) {
        Path parent = sceneFile.toAbsolutePath().getParent();
        return parent == null ? Path.of("") : parent;
    }
}
