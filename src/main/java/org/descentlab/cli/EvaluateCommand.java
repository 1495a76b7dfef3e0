package org.descentlab.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.descentlab.core.nn.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code evaluate}: loss and accuracy of a parameter file (of any depth) on a dataset file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Print the mean cross-entropy and the accuracy of PARAMS on DATASET.")
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "FILE.npz", required = true, description = "inputs and labels")
    Path dataset;

    @Option(names = "--params", paramLabel = "FILE.npz", required = true, description = "W_h, b_h, (W_h2, b_h2, ...,) W_o, b_o")
    Path params;

    @Option(names = "--activation", paramLabel = "NAME", defaultValue = "sigmoid",
            description = "Hidden activation: sigmoid (default), tanh or relu.")
    String activation;

    @Override
    public Integer call() {
        var act = TrainCommand.parseActivation(activation);
        var data = Files.readDataset(dataset);
        var parameters = Files.readParameters(params);
        if (data.classes() > parameters.shape().classes()) {
            throw new UsageError(dataset + " has labels up to " + (data.classes() - 1) + " but " + params
                    + " has only " + parameters.shape().classes() + " outputs");
        }
        if (data.size() == 0) {
            throw new UsageError(dataset + ": the dataset has no points");
        }
        var e = Evaluation.of(parameters, act, data);
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "Loss: %.6f, Accuracy: %.6f", e.loss(),
                e.accuracy()));
        OutputFailed.check(spec.commandLine().getOut());
        return 0;
    }
}
