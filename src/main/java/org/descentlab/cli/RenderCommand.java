package org.descentlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.descentlab.core.scene.SceneJson;
import org.descentlab.core.scene.SettingException;
import org.descentlab.core.scene.NetworkLimits;
import org.descentlab.core.scene.SurfaceLimits;
import org.descentlab.ui.export.ExportLimits;
import org.descentlab.ui.export.Render;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code render}: a scene's race or training as the window draws it, without a display: a PNG of the end, or an
 * animated GIF of the whole run, for slides and handouts made by a script. The window's own views replay the run off
 * screen ({@link Render}); this command only reads and checks what it is asked, before any work starts.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Draw a scene as the window does, without a display: a PNG of the end of the run, or an "
                + "animated GIF of the whole run, played at the scene's speed (a network with no speed limit: one "
                + "epoch per frame, over 10 seconds at most).")
public final class RenderCommand implements Callable<Integer> {

    private static final Pattern SIZE = Pattern.compile("\\s*(\\d{1,6})\\s*[x×X]\\s*(\\d{1,6})\\s*");

    @Spec
    CommandSpec spec;

    @Option(names = "--scene", required = true, paramLabel = "FILE.dlab.json", description = "The scene to draw.")
    Path scene;

    @Option(names = "--out", required = true, paramLabel = "OUT.png|OUT.gif",
            description = "A .png gets the end of the run, a .gif every frame of it.")
    Path out;

    @Option(names = "--tab", paramLabel = "surfaces|network",
            description = "Which part of the scene: the race (surfaces) or the training (network); default: the race "
                    + "if the scene has one.")
    String tab;

    @Option(names = "--steps", paramLabel = "N", description = "Steps of the race (default: the scene's).")
    String steps;

    @Option(names = "--epochs", paramLabel = "E", description = "Epochs of training (default: the scene's).")
    String epochs;

    @Option(names = "--size", paramLabel = "WxH", description = "Size in screen pixels (default 640x480).")
    String size;

    @Option(names = "--fps", paramLabel = "F", description = "Frames per second of a GIF, 1 to 50 (default 25).")
    String fps;

    @Option(names = "--scale", paramLabel = "S", description = "Pixels per screen pixel, 1 to 4 (default 1; 2 for a "
            + "sharp slide).")
    String scale;

    @Option(names = "--lang", paramLabel = "en|ko", description = "Language of the words drawn: en (default) or ko.")
    String language;

    @Override
    public Integer call() {
        Render.Request request;
        try {
            request = request();
        } catch (SettingException e) {
            throw new UsageError(e.getMessage());
        }
        Outputs.check(out);
        Path written;
        try {
            written = Render.run(request);
        } catch (SettingException e) {
            throw new UsageError(e.getMessage());
        } catch (IOException e) {
            throw new UsageError(e.getMessage());
        }
        var stdout = spec.commandLine().getOut();
        stdout.println(String.format(Locale.ROOT, "%s: %d frame%s, %.0fx%.0f pixels", written, request.frames(),
                request.frames() == 1 ? "" : "s", request.width() * request.scale(),
                request.height() * request.scale()));
        OutputFailed.check(stdout);
        return 0;
    }

    private Render.Request request() {
        var read = SceneFiles.read(scene, spec.commandLine().getErr());
        Render.Tab part = tab == null ? null : switch (tab.toLowerCase(Locale.ROOT)) {
            case "surfaces" -> Render.Tab.SURFACES;
            case "network" -> Render.Tab.NETWORK;
            default -> throw new UsageError("--tab must be surfaces or network, got '" + tab + "'");
        };
        if (steps != null && epochs != null) {
            throw new UsageError("give --steps (a race) or --epochs (training), not both");
        }
        if (part == null) {
            part = epochs != null || steps == null && read.surfaces() == null ? Render.Tab.NETWORK
                    : Render.Tab.SURFACES;
        }
        if (steps != null && part == Render.Tab.NETWORK) {
            throw new UsageError("--steps is for a race; training takes --epochs");
        }
        if (epochs != null && part == Render.Tab.SURFACES) {
            throw new UsageError("--epochs is for training; a race takes --steps");
        }
        if (part == Render.Tab.SURFACES && read.surfaces() == null) {
            throw new UsageError(scene + ": the scene sets up no race (it has no 'surfaces' part)");
        }
        if (part == Render.Tab.NETWORK && read.network() == null) {
            throw new UsageError(scene + ": the scene sets up no network (it has no 'network' part)");
        }
        Integer length = null;
        if (steps != null) {
            length = (int) SurfaceLimits.STEPS.parse(steps, "--steps");
        } else if (epochs != null) {
            length = (int) NetworkLimits.EPOCHS.parse(epochs, "--epochs");
        }
        int width = (int) ExportLimits.WIDTH.defaultValue();
        int height = (int) ExportLimits.HEIGHT.defaultValue();
        if (size != null) {
            var m = SIZE.matcher(size);
            if (!m.matches()) {
                throw new UsageError("--size must be WIDTHxHEIGHT in pixels, e.g. 640x480, got '" + size + "'");
            }
            width = (int) ExportLimits.WIDTH.check(Integer.parseInt(m.group(1)), "--size");
            height = (int) ExportLimits.HEIGHT.check(Integer.parseInt(m.group(2)), "--size");
        }
        int rate = fps == null ? (int) ExportLimits.FPS.defaultValue() : (int) ExportLimits.FPS.parse(fps, "--fps");
        double factor = scale == null ? ExportLimits.SCALE.defaultValue() : ExportLimits.SCALE.parse(scale, "--scale");
        return new Render.Request(read, SceneJson.folderOf(scene), part, length, width, height, rate, factor, out,
                language);
    }
}
