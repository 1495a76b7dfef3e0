package org.descentlab.ui.surface;

import java.util.List;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import org.descentlab.core.surface.HeatMap;
import org.descentlab.ui.words.Words;

/**
 * The surface in 3D: a shaded mesh of {@link #MESH_SIZE} × {@link #MESH_SIZE} vertices coloured as the heat map
 * ({@link SolidMesh}), the race lying on it ({@link SolidRace}), seen by a perspective camera that a drag turns, the
 * wheel moves nearer or farther, and a double-click puts back ({@link SolidOrbit}). Over it, in the corners, which
 * height is drawn ({@link SolidHeight}), the racers' colours, and how to turn it. Only shown where
 * {@code ConditionalFeature.SCENE3D} is supported ({@link SolidSwitch}).
 *
 * <p>JavaFX's own 3D (a {@link SubScene} with a depth buffer, {@link TriangleMesh}, {@link PerspectiveCamera}), not
 * FXyz3D: the mesh needs only texture coordinates into a strip of the heat map's colours, which is the whole trick
 * FXyz's surface meshes use too; its polylines are rebuilt whole when they change, where a path here grows by its new
 * steps ({@link SolidTube}, a hundred lines); and it would be one more dependency (and one more JavaFX version to pin)
 * for a few classes' worth of geometry.
 */
final class SolidView extends Region {

    /** Vertices along each side of the mesh. */
    static final int MESH_SIZE = 200;
    private static final Color BACKDROP = Color.web("#f4f5f7");

    private final SurfaceTabModel model;
    private final int meshSize;
    private final Group world = new Group();
    private final SubScene scene;
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final Rotate turn = new Rotate(0, Rotate.Y_AXIS);
    private final Rotate tilt = new Rotate(0, Rotate.X_AXIS);
    private final Translate back = new Translate();
    private final TriangleMesh triangles = new TriangleMesh();
    private final MeshView surfaceView = new MeshView(triangles);
    private final SolidRace race;
    private final SolidLegend legend;
    private final Label heightLabel = new Label();
    private final Label hint = new Label();
    private SolidOrbit orbit = SolidOrbit.START;
    private HeatMap heatMap;
    private SolidMesh mesh;
    private double pressX;
    private double pressY;
    private boolean dragged;

    SolidView(SurfaceTabModel model) {
        this(model, MESH_SIZE, SceneAntialiasing.BALANCED);
    }

    /**
     * A view with {@code meshSize} vertices along each side, drawn with {@code antialiasing} (measurements compare
     * them; the tab uses {@link #MESH_SIZE} and multisampling, which a graphics card does at no cost that counts).
     */
    SolidView(SurfaceTabModel model, int meshSize, SceneAntialiasing antialiasing) {
        this.model = model;
        this.meshSize = meshSize;
        this.race = new SolidRace(model);
        this.legend = new SolidLegend(model);
        setId("solidView");
        surfaceView.setMaterial(surfaceMaterial());
        surfaceView.setCullFace(CullFace.NONE);
        world.getChildren().addAll(surfaceView, race, lights());
        camera.setNearClip(1);
        camera.setFarClip(5000);
        camera.getTransforms().setAll(turn, tilt, back);
        scene = new SubScene(world, 400, 400, true, antialiasing);
        scene.setFill(BACKDROP);
        scene.setCamera(camera);
        heightLabel.setId("solidHeightLabel");
        hint.setId("solidHint");
        Words.bind(hint.textProperty(), "solid.hint");
        for (Label label : new Label[] {heightLabel, hint}) {
            label.setMouseTransparent(true);
            label.setWrapText(true);
        }
        getChildren().addAll(scene, heightLabel, hint, legend);
        setMinSize(200, 200);
        setPrefSize(600, 600);
        listen();
        restyle();
        look(SolidOrbit.START);
    }

    private void listen() {
        setOnMousePressed(e -> {
            pressX = e.getX();
            pressY = e.getY();
            dragged = false;
        });
        setOnMouseDragged(e -> {
            look(orbit.dragged(e.getX() - pressX, e.getY() - pressY));
            dragged = dragged || Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 0;
            pressX = e.getX();
            pressY = e.getY();
        });
        setOnScroll(e -> look(orbit.zoomed(e.getDeltaY())));
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !dragged) {
                look(SolidOrbit.START);
            }
        });
        model.logColourScaleProperty().addListener((o, was, is) -> recolour());
        model.startProperty().addListener((o, was, is) -> race.startMoved());
        // Until the new surface's heat map comes, nothing rather than the old surface under the new race.
        model.surfaceProperty().addListener((o, was, is) -> {
            if (heatMap != null && heatMap.surface() != is) {
                setHeatMap(null);
            }
        });
    }

    /** Shows the surface of {@code map} (a new surface), coloured by its scale in use; {@code null} shows none. */
    void setHeatMap(HeatMap map) {
        heatMap = map;
        mesh = map == null ? null : SolidMesh.build(map.surface(), meshSize, map.scale(model.logColourScaleProperty()
                .get()));
        showMesh();
    }

    /** The colour scale was switched: the same values, coloured (and maybe raised) again. */
    private void recolour() {
        if (mesh != null) {
            mesh = mesh.withColours(heatMap.scale(model.logColourScaleProperty().get()));
            showMesh();
        }
    }

    private void showMesh() {
        if (mesh == null) {
            triangles.getPoints().clear();
            triangles.getTexCoords().clear();
            triangles.getFaces().clear();
            surfaceView.setVisible(false);
            race.setVisible(false);
        } else {
            triangles.getPoints().setAll(mesh.points());
            triangles.getTexCoords().setAll(mesh.texCoords());
            triangles.getFaces().setAll(mesh.faces());
            surfaceView.setVisible(true);
            race.setVisible(true);
            race.setMesh(mesh);
        }
        heightLabel.setText(heightWords());
        redraw();
    }

    /** Which height is drawn, in words. */
    private String heightWords() {
        if (mesh == null) {
            return "";
        }
        var h = mesh.height();
        return Words.get(!h.log() ? "solid.height.linear" : mesh.colours().log() ? "solid.height.log"
                : "solid.height.tall");
    }

    /** The race at the step on show: called each frame the race moved. */
    void redraw() {
        if (mesh != null) {
            race.redraw(model.racingSlots());
        }
        legend.show();
    }

    /** The words again, in the language of the moment. */
    void refreshWords() {
        heightLabel.setText(heightWords());
        legend.refreshWords();
    }

    /** Classroom mode or high contrast was switched: sizes again. */
    void styleChanged() {
        restyle();
        redraw();
        requestLayout();
    }

    private void restyle() {
        String style = "-fx-background-color: rgba(255, 255, 255, 0.85); -fx-background-radius: 5; -fx-padding: "
                + 4 * PlotStyle.scale() + " " + 8 * PlotStyle.scale() + "; -fx-font-size: " + 13 * PlotStyle.scale()
                + "px; -fx-text-fill: #1d2533;";
        heightLabel.setStyle(style);
        hint.setStyle(style);
        legend.restyle();
    }

    /** Looks from {@code next}. */
    void look(SolidOrbit next) {
        orbit = next;
        turn.setAngle(next.azimuth());
        tilt.setAngle(-next.elevation());
        back.setZ(-next.distance());
    }

    SolidOrbit orbit() {
        return orbit;
    }

    /** The mesh on show, or {@code null}. */
    SolidMesh mesh() {
        return mesh;
    }

    SolidRace race() {
        return race;
    }

    SubScene subScene() {
        return scene;
    }

    /** The number of vertices JavaFX was given for the surface. */
    int meshVertexCount() {
        return triangles.getPoints().size() / 3;
    }

    /** The words shown over the view (height, hint, legend), for tests. */
    List<String> shownWords() {
        var words = new java.util.ArrayList<>(List.of(heightLabel.getText(), hint.getText()));
        words.addAll(legend.words());
        return words;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        scene.setWidth(w);
        scene.setHeight(h);
        // The angle spans the shorter side, wider across (the plot seen at a slant is wider than it is high): it fits.
        camera.setVerticalFieldOfView(h <= w);
        camera.setFieldOfView(h <= w ? 34 : 46);
        double gap = 8 * PlotStyle.scale();
        double labelWidth = Math.min(w - 2 * gap, Math.max(180, w * 0.55));
        heightLabel.setMaxWidth(labelWidth);
        heightLabel.resizeRelocate(gap, gap, labelWidth, heightLabel.prefHeight(labelWidth));
        heightLabel.autosize();
        hint.setMaxWidth(w - 2 * gap);
        hint.autosize();
        hint.relocate(gap, h - gap - hint.getHeight());
        legend.autosize();
        legend.relocate(Math.max(gap, w - gap - legend.getWidth()), gap);
    }

    /** A dim light everywhere and two lights fixed above the plot, so that slopes are told apart by their shade. */
    private static Group lights() {
        var ambient = new AmbientLight(Color.gray(0.5));
        var key = new PointLight(Color.gray(0.62));
        key.setTranslateX(-120);
        key.setTranslateY(-260);
        key.setTranslateZ(-160);
        var fill = new PointLight(Color.gray(0.22));
        fill.setTranslateX(160);
        fill.setTranslateY(-120);
        fill.setTranslateZ(200);
        return new Group(ambient, key, fill);
    }

    /** The heat map's colours as a strip that the mesh's texture coordinates point into. */
    private static PhongMaterial surfaceMaterial() {
        var strip = new WritableImage(SolidMesh.TEXTURE_WIDTH, 2);
        for (int k = 0; k < SolidMesh.TEXTURE_WIDTH; k++) {
            strip.getPixelWriter().setArgb(k, 0, SolidMesh.textureArgb(k));
            strip.getPixelWriter().setArgb(k, 1, SolidMesh.textureArgb(k));
        }
        var material = new PhongMaterial(Color.WHITE);
        material.setDiffuseMap(strip);
        material.setSpecularColor(Color.gray(0.18));
        material.setSpecularPower(40);
        return material;
    }

    /** The legend in the corner. */
    VBox legendBox() {
        return legend;
    }
}
