package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Cli} registers only the subcommand named on the command line, and every one when none is named. */
class LazySubcommandsTest {

    @Test
    void aNamedSubcommandIsTheOnlyOneRegistered() {
        assertEquals(List.of(TrainCommand.class), Cli.subcommandsFor(new String[] {"train", "--epochs", "1"}));
        assertEquals(List.of(LandscapeCommand.class), Cli.subcommandsFor(new String[] {"landscape"}));
    }

    @Test
    void withoutASubcommandNameEveryOneIsRegistered() {
        assertEquals(DescentLabCommand.SUBCOMMANDS, Cli.subcommandsFor(new String[] {"--help"}));
        assertEquals(DescentLabCommand.SUBCOMMANDS, Cli.subcommandsFor(new String[] {"trainx"}));
        assertEquals(DescentLabCommand.SUBCOMMANDS, Cli.subcommandsFor(new String[0]));
    }

    @Test
    void theTopLevelHelpStillListsEverySubcommand() {
        var run = CliRun.of("--help");
        assertEquals(0, run.code());
        for (String name : List.of("trajectory", "train", "evaluate", "scene", "bench", "lessons", "sweep", "basin",
                "render", "landscape")) {
            assertTrue(run.out().contains("  " + name + " "), name + " missing from:\n" + run.out());
        }
    }

    @Test
    void aSubcommandsHelpNamesItsParent() {
        var run = CliRun.of("train", "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("Usage: descent-lab train "), run.out());
    }
}
