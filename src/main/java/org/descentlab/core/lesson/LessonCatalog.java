package org.descentlab.core.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.descentlab.core.lesson.Lesson.Tab;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.scene.SceneJson;

/**
 * The lessons, in the order the notes teach them. Note 000 is the spine: gradient descent, the learning rate, convex
 * and non-convex losses, local minima and saddle points, then Momentum, AdaGrad and RMSProp, Adam, and at last the
 * 2-128-10 network. What only 003 and 004 add is put where it builds on what came before: Nesterov after Momentum
 * (003's family tree), Adadelta after Adam's parents (004), gradient noise and 003's whole family on Rosenbrock to
 * close the surfaces; on the network, batch sizes (003, 004) once the network is known, then 002's activations and
 * 004's overfitting and weight decay.
 *
 * <p>Each lesson's scene is a scene file shipped under {@code org/descentlab/lessons/}, the same format a user saves,
 * read by {@link SceneJson}.
 */
public final class LessonCatalog {

    /** The class-path folder of the lessons' scene files. */
    public static final String FOLDER = "org/descentlab/lessons/";

    private static final List<Lesson> ALL = List.of(
            surfaces("descent-on-a-bowl", List.of("000", "001", "003"), "gd"),
            surfaces("learning-rate", List.of("000", "002"), "gd"),
            surfaces("convex-non-convex", List.of("000"), "gd"),
            surfaces("local-minimum", List.of("000", "003"), "gd", "momentum"),
            surfaces("saddle-point", List.of("000"), "gd", "momentum", "adam"),
            surfaces("momentum-valley", List.of("000", "003"), "gd", "momentum"),
            surfaces("nesterov-look-ahead", List.of("003"), "momentum", "nag"),
            surfaces("adagrad-rmsprop", List.of("000", "002", "003"), "adagrad", "rmsprop"),
            surfaces("adam-bias-correction", List.of("000", "002"), "adam"),
            surfaces("adadelta", List.of("004"), "adadelta", "rmsprop"),
            surfaces("gradient-noise", List.of("003", "004"), "gd"),
            surfaces("family-race", List.of("003"), "gd", "momentum", "nag", "adagrad", "rmsprop", "adam"),
            network("seed-network", List.of("000"), "adam"),
            network("batch-size", List.of("003", "004"), "gd"),
            network("sigmoid-relu", List.of("002"), "adam"),
            network("overfitting", List.of("004"), "adam"),
            network("weight-decay", List.of("004"), "adam", "adamw"));

    private LessonCatalog() {
    }

    /** Every lesson, in the order the notes teach them. */
    public static List<Lesson> all() {
        return ALL;
    }

    /** The lesson with this id, if any. */
    public static Optional<Lesson> find(String id) {
        return ALL.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The lesson's scene, as its scene file sets it up. */
    public static Scene scene(Lesson lesson) {
        return read(lesson).scene();
    }

    /**
     * The lesson's scene file read, with the reader's notes on fields it ignored (a shipped lesson has none).
     *
     * @throws IllegalStateException if the file is missing or wrong: a broken build, not a user's mistake
     */
    public static SceneJson.Read read(Lesson lesson) {
        try {
            return SceneJson.read(text(lesson), "lessons/" + lesson.fileName());
        } catch (org.descentlab.core.scene.SettingException e) {
            throw new IllegalStateException("the lesson '" + lesson.id() + "' has a broken scene: " + e.getMessage(),
                    e);
        }
    }

    /** The text of the lesson's scene file, as shipped. */
    public static String text(Lesson lesson) {
        try (InputStream in = LessonCatalog.class.getClassLoader().getResourceAsStream(lesson.sceneResource())) {
            if (in == null) {
                throw new IllegalStateException("the scene of the lesson '" + lesson.id()
                        + "' is missing from the application: " + lesson.sceneResource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the scene of the lesson '" + lesson.id() + "' could not be read", e);
        }
    }

    private static Lesson surfaces(String id, List<String> notes, String... rules) {
        return lesson(id, Tab.SURFACES, notes, rules);
    }

    private static Lesson network(String id, List<String> notes, String... rules) {
        return lesson(id, Tab.NETWORK, notes, rules);
    }

    private static Lesson lesson(String id, Tab tab, List<String> notes, String... rules) {
        return new Lesson(id, notes, tab, FOLDER + id + org.descentlab.core.scene.SceneFile.EXTENSION,
                List.of(rules), UpdateRules.formulas(id));
    }
}
