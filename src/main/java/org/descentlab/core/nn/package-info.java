/**
 * The seed notes' network: clustered data ({@link org.descentlab.core.nn.GaussianClusters}), a 2-H-k network with
 * a sigmoid, tanh or ReLU hidden layer and a softmax output, trained by any registered optimizer
 * ({@link org.descentlab.core.nn.Trainer}), optionally with an L2 penalty on the weights, and drawn as a
 * decision-boundary map ({@link org.descentlab.core.nn.DecisionBoundaryMap}).
 *
 * <p>Two implementations of the same network: {@link org.descentlab.core.nn.ReferenceNetwork}, double
 * precision as EJML matrix products over blocks of points (no loop shared with the kernel), the definition the tests check against finite differences and the path used to
 * evaluate; and the package-private fast path ({@code BatchKernel}, {@code RowOps}, {@code FloatActivations},
 * {@code SoftmaxColumns}), whole batches in float32 laid out so that HotSpot C2 vectorises the loops. The trainer
 * and the map use the fast path; tests keep the two within float precision of each other.
 *
 * <p>Measured on the 2-core development machine (JDK 17, AVX-512; thread CPU time, best of several warm runs) for
 * the seed protocol, 1000 epochs of 32 batches: the reference path ~6–7 s; numpy float64 with batch matrices 2.2 s;
 * first fast path with flat arrays (not vectorised) 1.75 s; row arrays 0.81 s; one flat activation pass and a
 * vectorised softmax 0.65 s; final 0.62 s (about 0.9 s for the first run of a JVM, JIT included). A 200 × 200 map
 * takes 6.8 ms. The same kernel in double is 18 % slower; EJML's products alone take 1.2 s.
 * {@code TrainingSpeedBench} and {@code KernelPhaseBench} (test sources) reproduce the numbers.
 */
package org.descentlab.core.nn;
