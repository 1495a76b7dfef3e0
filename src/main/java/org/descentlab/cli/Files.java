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
            return DatasetFile.read(file);
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
        String name = file.toString();
        if (name.isEmpty()) {
            throw new UsageError("an output file name is empty");
        }
        if (java.nio.file.Files.isDirectory(file)) {
            throw new UsageError(file + ": is a folder; give a file name");
        }
        if (java.nio.file.Files.exists(file) && !java.nio.file.Files.isRegularFile(file)) {
            throw new UsageError(file + ": is not a regular file (a device or a pipe?); give a file name");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !java.nio.file.Files.isDirectory(parent)) {
            throw new UsageError(file + ": the folder " + parent + " does not exist");
        }
        if (!java.nio.file.Files.isWritable(parent)) {
            throw new UsageError(file + ": the folder " + parent + " cannot be written to");
        }
    }

    static void writeDataset(Path file, Dataset data) {
        try {
            DatasetFile.write(file, data);
        } catch (IOException | RuntimeException e) {
            throw new UsageError(file + ": cannot write the dataset (" + e.getMessage() + ")");
        }
    }

    static void writeParameters(Path file, Parameters parameters) {
        try {
            ParameterFile.write(file, parameters);
        } catch (IOException | RuntimeException e) {
            throw new UsageError(file + ": cannot write the parameters (" + e.getMessage() + ")");
        }
    }
}
