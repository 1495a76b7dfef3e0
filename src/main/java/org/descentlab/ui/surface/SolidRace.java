package org.descentlab.ui.surface;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.Cylinder;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import org.descentlab.core.descent.Walker;
import org.descentlab.core.surface.Minimum;

/**
 * The race in the 3D view: each racer's path as a tube in its colour lying on the surface ({@link SolidTube}), its
 * point at the step on show as a sphere (red if it diverged there) drawn over everything, so that a hill never hides
 * where an optimizer is, the common start as a white block and each global minimum as a white pin. Paths grow by their
 * new steps only; a restart, a new surface or an earlier step on the timeline builds them again. Sizes follow
 * classroom mode and high contrast ({@link PlotStyle}).
 */
final class SolidRace extends Group {

    /** The tube's radius and the head's, in world units (the plot is {@link SolidMesh#SIZE} across), unscaled. */
    static final double TUBE_RADIUS = 0.38;
    static final double HEAD_RADIUS = 1.7;
    private static final Color DIVERGED = Color.web("#e00000");

    private final SurfaceTabModel model;
    private final Group tubes = new Group();
    private final Group heads = new Group();
    private final Group markers = new Group();
    private final Map<Walker, Tube> built = new IdentityHashMap<>();
    /** Where each racer's head is, by racer key (world X, Y, Z), for tests. */
    private final Map<String, double[]> headPoints = new LinkedHashMap<>();
    /** Each racer's sphere, by racer key, kept from frame to frame. */
    private final Map<String, Sphere> balls = new java.util.HashMap<>();
    private SolidMesh mesh;
    private double drawnScale = -1;

    /** One racer's tube and how many steps of its path it holds. */
    private static final class Tube {
        final TriangleMesh mesh = new TriangleMesh();
        final MeshView view = new MeshView(mesh);
        int steps;
        /** The walker's restarts when the tube was begun: a restart begins it again. */
        int starts;

        Tube(Color colour) {
            mesh.getTexCoords().addAll(0, 0);
            view.setMaterial(material(colour));
            view.setCullFace(CullFace.NONE);
        }
    }

    SolidRace(SurfaceTabModel model) {
        this.model = model;
        getChildren().addAll(tubes, markers, heads);
        // Drawn last and over everything: where each optimizer is now is never hidden behind a hill or a wall.
        heads.setDepthTest(javafx.scene.DepthTest.DISABLE);
        setMouseTransparent(true);
    }

    /** Puts the race on {@code next} (a new surface, colour scale or height): everything is built again. */
    void setMesh(SolidMesh next) {
        mesh = next;
        built.clear();
        markers();
    }

    /** The tubes up to the step on show and the heads there, for the racers in {@code slots}. */
    void redraw(List<OptimizerSlot> slots) {
        if (mesh == null) {
            return;
        }
        if (drawnScale != PlotStyle.pathFactor()) {
            drawnScale = PlotStyle.pathFactor();
            built.clear();
            markers();
        }
        var keep = new IdentityHashMap<Walker, Tube>();
        headPoints.clear();
        for (OptimizerSlot slot : slots) {
            var walker = slot.walker();
            if (walker == null) {
                continue;
            }
            var moment = WalkerMoment.of(walker, model.replay());
            var tube = built.computeIfAbsent(walker, w -> new Tube(slot.colour()));
            extend(tube, walker, moment.step());
            keep.put(walker, tube);
            head(slot, moment);
        }
        built.keySet().retainAll(keep.keySet());
        tubes.getChildren().setAll(keep.values().stream().map(t -> t.view).toList());
        balls.keySet().retainAll(headPoints.keySet());
        heads.getChildren().setAll(balls.values());
    }

    /** Brings {@code tube} to {@code step} of the path: new steps appended, or all built again if it went back. */
    private void extend(Tube tube, Walker walker, int step) {
        if (step < tube.steps || walker.starts() != tube.starts) {
            tube.mesh.getPoints().clear();
            tube.mesh.getFaces().clear();
            tube.steps = 0;
            tube.starts = walker.starts();
        }
        if (step <= tube.steps) {
            return;
        }
        double r = tubeRadius();
        var path = walker.path();
        var centres = new java.util.ArrayList<double[]>();
        for (int k = tube.steps; k < step; k++) {
            var piece = mesh.drape(path.x(k), path.y(k), path.x(k + 1), path.y(k + 1), r);
            centres.addAll(k == tube.steps ? piece : piece.subList(1, piece.size()));
        }
        var pieces = SolidTube.along(centres, r, tube.mesh.getPoints().size() / 3);
        tube.mesh.getPoints().addAll(pieces.points());
        tube.mesh.getFaces().addAll(pieces.faces());
        tube.steps = step;
    }

    private void head(OptimizerSlot slot, WalkerMoment moment) {
        double r = PlotStyle.px(HEAD_RADIUS);
        var colour = moment.diverged() ? DIVERGED : slot.colour();
        var ball = balls.get(slot.key());
        if (ball == null || ball.getRadius() != r || !((PhongMaterial) ball.getMaterial()).getDiffuseColor()
                .equals(colour)) {
            ball = new Sphere(r, 24);
            ball.setMaterial(material(colour));
            ball.setId("solidHead-" + slot.key());
            balls.put(slot.key(), ball);
        }
        double[] p = mesh.onMesh(moment.x(), moment.y(), r * 0.6);
        place(ball, p);
        headPoints.put(slot.key(), p);
    }

    /** The common start as a white block and each global minimum as a white pin standing on the surface. */
    private void markers() {
        markers.getChildren().clear();
        if (mesh == null) {
            return;
        }
        double s = PlotStyle.scale();
        var start = model.startProperty().get();
        var block = new Box(1.8 * s, 1.8 * s, 1.8 * s);
        block.setRotate(45);
        block.setMaterial(material(Color.WHITE));
        place(block, mesh.onMesh(start.x(), start.y(), 0.9 * s));
        markers.getChildren().add(block);
        var minima = model.surface().info().minima().stream().filter(Minimum::global).limit(12).toList();
        for (Minimum m : minima) {
            var pin = new Cylinder(0.3 * s, 7 * s);
            pin.setMaterial(material(Color.WHITE));
            place(pin, mesh.onMesh(m.point().x(), m.point().y(), 3.5 * s));
            var top = new Sphere(0.9 * s);
            top.setMaterial(material(Color.WHITE));
            place(top, mesh.onMesh(m.point().x(), m.point().y(), 7 * s));
            markers.getChildren().addAll(pin, top);
        }
    }

    /** The start moved: its marker follows. */
    void startMoved() {
        markers();
    }

    private static void place(javafx.scene.Node node, double[] p) {
        node.setTranslateX(p[0]);
        node.setTranslateY(p[1]);
        node.setTranslateZ(p[2]);
    }

    private static double tubeRadius() {
        return TUBE_RADIUS * PlotStyle.pathFactor();
    }

    private static PhongMaterial material(Color colour) {
        var m = new PhongMaterial(colour);
        m.setSpecularColor(Color.rgb(255, 255, 255, 0.5));
        m.setSpecularPower(24);
        return m;
    }

    /** Where each racer's head was put at the last redraw (world X, Y, Z), by racer key. */
    Map<String, double[]> headPoints() {
        return Map.copyOf(headPoints);
    }

    /** The radius of the sphere drawn for the racer with key {@code key} at the last redraw (0 if none), for tests. */
    double headRadius(String key) {
        var ball = balls.get(key);
        return ball == null ? 0 : ball.getRadius();
    }

    /** How many steps of {@code walker}'s path its tube holds, for tests. */
    int stepsBuilt(Walker walker) {
        var tube = built.get(walker);
        return tube == null ? 0 : tube.steps;
    }
}
