package org.descentlab.core.scene;

/** How a race is drawn. */
public enum RaceLayout {
    /** Every path on one surface. */
    OVERLAY,
    /** One panel per optimizer, on one clock. */
    SIDE_BY_SIDE
}
