package org.descentlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.descentlab.core.io.DatasetFile;
import org.descentlab.core.io.NumpyFileException;
import org.descentlab.core.io.ParameterFile;
import org.descentlab.core.nn.Dataset;
import org.descentlab.core.nn.Parameters;

/** Reading and writing the seed's files from commands: every failure becomes a one-line usage error. */
final class Files {

    private Files() {
    }

    static Dataset readDataset(Path file) {
        try {
            return DatasetFile.read(file, org.descentlab.core.scene.PreparedNetwork.READ_LIMITS);
        } catch (NumpyFileException e) {
            throw new UsageError(e.getMessage());
        } catch (RuntimeException e) {
            throw new UsageError(file + ": cannot read the dataset (" + e.getMessage() + ")");
        }
    }

    static Parameters readParameters(Path file) {
        try {
            return ParameterFile.read(file);
        } catch (NumpyFileException e) {
            throw new UsageError(e.getMessage());
        } catch (RuntimeException e) {
            throw new UsageError(file + ": cannot read the parameters (" + e.getMessage() + ")");
        }
    }

    /** Refuses, before any work, an output file that could not be written. */
    static void checkWritable(Path file) {
        try {
            org.descentlab.core.io.SafeFiles.checkWritableTarget(file);
        } catch (NumpyFileException e) {
            throw new UsageError(e.getMessage());
        }
    }

    static void writeDataset(Path file, Dataset data) {
        try {
            DatasetFile.write(file, data);
        } catch (IOException | RuntimeException e) {
            throw new UsageError(e instanceof NumpyFileException ? e.getMessage()
                    : file + ": cannot write the dataset (" + e.getMessage() + ")");
        }
    }

    static void writeParameters(Path file, Parameters parameters) {
        try {
            ParameterFile.write(file, parameters);
        } catch (IOException | RuntimeException e) {
            throw new UsageError(e instanceof NumpyFileException ? e.getMessage()
                    : file + ": cannot write the parameters (" + e.getMessage() + ")");
        }
    }
}
