/**
 * The network's own loss landscape: the training loss on a plane through the current parameters θ,
 * f(a, b) = L(θ + a·d₁ + b·d₂), with the training path projected onto the plane.
 *
 * <p>The path is a {@link org.descentlab.core.landscape.Trajectory} (the parameters at each epoch, thinned by a
 * {@link org.descentlab.core.landscape.TrajectoryRecorder} to a memory cap). The plane is spanned either by the
 * trajectory's two leading principal directions ({@link org.descentlab.core.landscape.PrincipalDirections}) or by two
 * seeded, filter-normalised random directions ({@link org.descentlab.core.landscape.FilterNormalisedDirections},
 * after Li et al., 2018, <i>Visualizing the Loss Landscape of Neural Nets</i>). A
 * {@link org.descentlab.core.landscape.LandscapeRequest} says what to compute, a
 * {@link org.descentlab.core.landscape.LandscapePlan} resolves it (plane, span, projected path) and samples rows of
 * the grid, and a {@link org.descentlab.core.landscape.Landscape} holds the result, which the Surfaces tab's heat-map
 * and contour code can draw ({@link org.descentlab.core.landscape.Landscape#heatMap()}). Core starts no threads: the
 * rows are split between threads by {@code org.descentlab.session.LandscapeComputation}.
 */
package org.descentlab.core.landscape;
