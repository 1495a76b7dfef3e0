package org.descentlab.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** The top-level command: {@code descent-lab <command>}; with no command the window opens instead. */
@Command(name = "descent-lab", mixinStandardHelpOptions = true, versionProvider = DescentLabCommand.Version.class,
        description = "See gradient descent. With no command, opens the window.")
public final class DescentLabCommand implements Runnable {

    /**
     * The subcommands, in the order the help lists them. {@link Cli} registers only the one named on the command line
     * (all of them otherwise): picocli reflects on every registered command's options at start-up, and doing so for
     * all ten took a quarter of the processor time of {@code train --epochs 0}.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(TrajectoryCommand.class, TrainCommand.class,
            EvaluateCommand.class, SceneCommand.class, BenchCommand.class, LessonsCommand.class, SweepCommand.class,
            BasinCommand.class, RenderCommand.class, LandscapeCommand.class);

    /**
     * {@code --version}: the pom's version, which the build writes into {@code org/descentlab/version.properties}
     * (Help → About reads the same resource).
     */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            var properties = new java.util.Properties();
            try (var in = DescentLabCommand.class.getResourceAsStream("/org/descentlab/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            String v = properties.getProperty("version", "");
            return new String[] {"Descent Lab " + (v.isBlank() || v.contains("${") ? "(development build)" : v)};
        }
    }

    @Override
    public void run() {
        throw new UsageError("name a command (trajectory, sweep, basin, train, evaluate, scene, bench, lessons, "
                + "render, landscape) or run with no arguments to open the window");
    }
}
