package org.descentlab.ui.network;

import org.descentlab.core.optim.HyperparameterValues;
import org.descentlab.core.optim.OptimizerType;

/** One run of a side-by-side comparison: an optimizer with its hyperparameters, and the label it is shown under. */
record ComparisonEntry(String label, OptimizerType type, HyperparameterValues values) {
}
