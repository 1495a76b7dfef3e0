package org.descentlab.cli;

import picocli.CommandLine.Command;

/** The top-level command: {@code descent-lab <command>}; with no command the window opens instead. */
@Command(name = "descent-lab", mixinStandardHelpOptions = true, version = "Descent Lab 0.1",
        description = "See gradient descent. With no command, opens the window.",
        subcommands = {TrajectoryCommand.class, TrainCommand.class, EvaluateCommand.class, SceneCommand.class,
                BenchCommand.class})
public final class DescentLabCommand implements Runnable {

    @Override
    public void run() {
        throw new UsageError("name a command (trajectory, train, evaluate, scene, bench) or run with no arguments to open the window");
    }
}
