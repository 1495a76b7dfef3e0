package org.descentlab.cli;

import java.util.concurrent.Callable;
import org.descentlab.core.scene.NetworkScene;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.scene.SceneJson;
import org.descentlab.core.scene.SurfacesScene;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scene}: prints a default scene file, to start a scene from a script, or checks a scene file. */
@Command(name = "scene", mixinStandardHelpOptions = true,
        description = "Print the default scene (surfaces, network or all) as a .dlab.json file, or check one.")
public final class SceneCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--defaults", paramLabel = "surfaces|network|all",
            description = "Print what the app opens with; for the network, the seed script's setup.")
    String defaults;

    @Option(names = "--check", paramLabel = "FILE.dlab.json",
            description = "Read a scene file and say whether it is valid (exit 2 and the reason if not).")
    java.nio.file.Path check;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if ((defaults == null) == (check == null)) {
            throw new UsageError("give either --defaults surfaces|network|all or --check FILE");
        }
        if (check != null) {
            Scene s = SceneFiles.read(check, spec.commandLine().getErr());
            out.println(check + ": a valid scene" + (s.surfaces() != null ? ", with a race on "
                    + s.surfaces().surface().id() : "") + (s.network() != null ? ", with a network" : ""));
            OutputFailed.check(out);
            return 0;
        }
        Scene scene = switch (defaults) {
            case "surfaces" -> new Scene(SurfacesScene.defaults(), null);
            case "network" -> new Scene(null, NetworkScene.defaults());
            case "all" -> Scene.defaults();
            default -> throw new UsageError("--defaults must be surfaces, network or all, got '" + defaults + "'");
        };
        out.print(SceneJson.write(scene));
        OutputFailed.check(out);
        return 0;
    }
}
