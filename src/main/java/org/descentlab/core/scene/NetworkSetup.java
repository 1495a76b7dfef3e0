package org.descentlab.core.scene;

import org.descentlab.core.nn.Activation;

/**
 * The network: its hidden layer and where its initial weights come from.
 *
 * @param hidden hidden units H ({@link NetworkLimits#HIDDEN}); with {@code initParameters}, the file's must match
 * @param activation the hidden layer's non-linearity
 * @param initSeed seed of the Glorot-uniform initial weights
 * @param initParameters a parameter {@code .npz} to start from instead (relative to the scene file's folder when
 *     read from one), or {@code null}
 */
public record NetworkSetup(int hidden, Activation activation, long initSeed, String initParameters) {

    /** Checks the width against its declared limit. @throws SettingException naming the field */
    public NetworkSetup {
        NetworkLimits.HIDDEN.check(hidden, "network.network.hidden");
        if (activation == null) {
            throw new SettingException(new Problem("network.network.activation", "The activation is missing"));
        }
        if (initParameters != null && initParameters.isBlank()) {
            throw new SettingException(new Problem("network.network.initParameters",
                    "The parameter file name is empty"));
        }
    }

    /** The seed script's network: 128 sigmoid units, Glorot-uniform from seed 0. */
    public static NetworkSetup defaults() {
        return new NetworkSetup((int) NetworkLimits.HIDDEN.defaultValue(), Activation.SIGMOID, 0, null);
    }
}
