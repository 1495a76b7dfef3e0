package org.descentlab.core.scene;

import org.descentlab.core.nn.Activation;

/**
 * The network: its hidden layers and where its initial weights come from.
 *
 * @param hidden hidden units H ({@link NetworkLimits#HIDDEN}); with {@code initParameters}, the file's must match
 * @param activation the hidden layer's non-linearity
 * @param initSeed seed of the Glorot-uniform initial weights
 * @param initParameters a parameter {@code .npz} to start from instead (relative to the scene file's folder when
 *     read from one), or {@code null}
 * @param layers hidden layers of {@code hidden} units each ({@link NetworkLimits#LAYERS}); with
 *     {@code initParameters}, the file's must match
 */
public record NetworkSetup(int hidden, Activation activation, long initSeed, String initParameters, int layers) {

    /** A network of one hidden layer, as the seed's. */
    public NetworkSetup(int hidden, Activation activation, long initSeed, String initParameters) {
        this(hidden, activation, initSeed, initParameters, 1);
    }

    /** Checks the width and depth against their declared limits. @throws SettingException naming the field */
    public NetworkSetup {
        NetworkLimits.HIDDEN.check(hidden, "network.network.hidden");
        NetworkLimits.LAYERS.check(layers, "network.network.layers");
        if (activation == null) {
            throw new SettingException(new Problem("network.network.activation", "The activation is missing"));
        }
        if (initParameters != null && initParameters.isBlank()) {
            throw new SettingException(new Problem("network.network.initParameters",
                    "The parameter file name is empty"));
        }
    }

    /** A copy with {@code count} hidden layers. @throws SettingException when it is out of range */
    public NetworkSetup withLayers(int count) {
        return new NetworkSetup(hidden, activation, initSeed, initParameters, count);
    }

    /** The seed script's network: one layer of 128 sigmoid units, Glorot-uniform from seed 0. */
    public static NetworkSetup defaults() {
        return new NetworkSetup((int) NetworkLimits.HIDDEN.defaultValue(), Activation.SIGMOID, 0, null);
    }
}
