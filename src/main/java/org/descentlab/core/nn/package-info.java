/**
 * The seed notes' network: clustered data ({@link org.descentlab.core.nn.GaussianClusters}), a network of 1 to
 * {@value org.descentlab.core.nn.NetworkShape#MAX_DEPTH} hidden layers of one width H (the seed's 2-128-10 has one)
 * with a sigmoid, tanh or ReLU non-linearity and a softmax output, trained by any registered optimizer
 * ({@link org.descentlab.core.nn.Trainer}), optionally with an L2 penalty on the weights, and drawn as a
 * decision-boundary map ({@link org.descentlab.core.nn.DecisionBoundaryMap}).
 *
 * <p>Two implementations of the same network: {@link org.descentlab.core.nn.ReferenceNetwork}, double
 * precision as EJML matrix products over blocks of points (no loop shared with the kernel), the definition the tests
 * check against finite differences (layer by layer, at every depth) and the path used to evaluate; and the
 * package-private fast path ({@code BatchKernel}, {@code HiddenToHidden}, {@code RowOps}, {@code FloatActivations},
 * {@code SoftmaxColumns}), whole batches in float32 laid out so that HotSpot C2 vectorises the loops. The trainer
 * and the map use the fast path; tests keep the two within float precision of each other, each weight layer's
 * gradient against its own size.
 *
 * <p>Depth: the flat parameter vector holds weight layers 0 … depth in turn
 * ({@link org.descentlab.core.nn.NetworkShape}), Glorot-uniform draws them in that order from one seeded stream, so a
 * one-layer network is exactly the seed's. The
 * fast path keeps each hidden layer batch-major and computes a hidden-to-hidden layer as sums of scaled rows of
 * length H, through a transposed copy of W_l forward and W_l itself backward; only the last hidden layer is copied
 * hidden-major for the output layer, as with one layer. A one-hidden-layer network runs exactly the code it ran
 * before networks had depth, with bit-identical results.
 *
 * <p>Vanishing gradients: with {@link org.descentlab.core.nn.Trainer#logGradients} each epoch's metrics carry
 * {@link org.descentlab.core.nn.LayerGradients}, the norm of the loss gradient of every weight layer and the share of
 * saturated units of every hidden layer, measured over the training set at the epoch's end by one extra pass on a
 * kernel of its own; training is bit for bit the same with or without it. At the seed's start with four sigmoid
 * layers the first layer's gradient is 0.065 of the last one's (σ' ≤ ¼ shrinks the error at every layer on its way
 * back); with ReLU, 0.35.
 *
 * <p>Measured on the 2-core development machine (JDK 17, AVX-512; thread CPU time, best of several warm runs) for
 * the seed protocol, 1000 epochs of 32 batches: the reference path ~6–7 s; numpy float64 with batch matrices 2.2 s;
 * first fast path with flat arrays (not vectorised) 1.75 s; row arrays 0.81 s; one flat activation pass and a
 * vectorised softmax 0.65 s; final 0.62 s (about 0.9 s for the first run of a JVM, JIT included). A 200 × 200 map
 * takes 6.8 ms. The same kernel in double is 18 % slower; EJML's products alone take 1.2 s. Each hidden-to-hidden
 * layer of 128 units costs 32·128² multiply-adds three times per batch (forward, weight gradient, error handed
 * down), about three times a one-layer step: {@code bench}'s {@code train_depth4_h128_sigmoid_20_epochs_s} times 20
 * epochs of the seed protocol at depth 4. {@code TrainingSpeedBench} and {@code KernelPhaseBench} (test sources)
 * reproduce the numbers.
 */
package org.descentlab.core.nn;
