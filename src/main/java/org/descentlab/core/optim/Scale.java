package org.descentlab.core.optim;

/** How a hyperparameter's control moves between its bounds. */
public enum Scale {
    /** Evenly spaced values. */
    LINEAR,
    /** Evenly spaced powers of ten: learning rates, epsilons. */
    LOG,
    /** Off (0) or on (1): drawn as a check box. */
    SWITCH
}
