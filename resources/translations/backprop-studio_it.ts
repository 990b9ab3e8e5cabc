<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>CentralDifferenceSketch</name>
    <message>
        <source>backprop’s slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, drawn wider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeSpaceView</name>
    <message>
        <source>Hidden codes: each sample as a point at its hidden values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden units on the cube&apos;s axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden codes (layer %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pattern becomes a point at its hidden values once the network runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, compressed representation: %1 for %2 patterns. It works for these inputs and similar ones, not for arbitrary inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pattern %1&lt;/b&gt;&lt;br&gt;%2 = (%3)&lt;br&gt;code %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hidden codes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drag or ←↑→↓ to turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patterns, %2 distinct codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patterns, %1 distinct codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionBoundaryView</name>
    <message>
        <source>The decision boundary needs a dataset with two inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dataset has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lessons circle, quadrants, gaussians and spiral have two inputs and one output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpochChart</name>
    <message>
        <source>No epochs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 value not shown (not finite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values not shown (not finite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 value ≤ 0 drawn at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values ≤ 0 drawn at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1 · %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag across the chart to zoom in; double-click to follow the data again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save image (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save drawing (SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save data (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EquationPanel</name>
    <message>
        <source>relu′(z) = 1 if z &amp;gt; 0, else 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaky-relu′(z) = 1 if z &amp;gt; 0, else 0.01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + … &lt;span style=&apos;color:#666&apos;&gt;(%1 terms)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666; font-size:85%&apos;&gt;Click a neuron of this layer to see its numbers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward pass · layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666; font-size:85%&apos;&gt;&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;0&lt;/sup&gt; = &lt;i&gt;x&lt;/i&gt;, the input.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output error (BP1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666; font-size:85%&apos;&gt;With cross-entropy after %1, ∇&lt;sub&gt;&lt;i&gt;a&lt;/i&gt;&lt;/sub&gt;&lt;i&gt;E&lt;/i&gt; and the derivative of the output cancel to &lt;i&gt;a&lt;/i&gt; − &lt;i&gt;t&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward pass · layer %1 (BP2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#a0522d&apos;&gt;σ′ is small here: this neuron is &lt;b&gt;saturated&lt;/b&gt; and learns slowly.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients · layer %1 (BP3, BP4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666; font-size:85%&apos;&gt;A weight from a neuron whose activation is near 0 hardly changes: the first of the lecture&apos;s reasons why learning can be slow.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666; font-size:85%&apos;&gt;Click an edge of this layer to see its weight.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;This step was not finite: the weights were left as they were.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;hr&gt;&lt;p style=&apos;color:#555; font-size:85%&apos;&gt;&lt;b&gt;Signs.&lt;/b&gt; We write &lt;i&gt;δ&lt;/i&gt; = ∂&lt;i&gt;E&lt;/i&gt;/∂&lt;i&gt;z&lt;/i&gt; and &lt;i&gt;w&lt;/i&gt; ← &lt;i&gt;w&lt;/i&gt; − &lt;i&gt;η&lt;/i&gt; ∂&lt;i&gt;E&lt;/i&gt;/∂&lt;i&gt;w&lt;/i&gt;. The lecture&apos;s slides write ∂&lt;i&gt;E&lt;/i&gt;/∂&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;L&lt;/sup&gt; = −(&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;L&lt;/sup&gt; − &lt;i&gt;t&lt;/i&gt;) and &lt;i&gt;w&lt;/i&gt; ← &lt;i&gt;w&lt;/i&gt; + &lt;i&gt;μ a δ&lt;/i&gt;: their δ is the negative of ours, so the step is the same. (Their Python code also applies σ′ to &lt;i&gt;a&lt;/i&gt; in one line; here σ′ is always taken at &lt;i&gt;z&lt;/i&gt; of the same layer.)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step of backpropagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &lt;b&gt;→&lt;/b&gt; (or Page Down) to step through one sample, phase by phase; &lt;b&gt;Space&lt;/b&gt; trains continuously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equation of the current phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientChart</name>
    <message>
        <source>Gradient size per layer (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean |δ%1|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean |δˡ|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientCheckModel</name>
    <message>
        <source>∂E/∂%1
backprop: %2
central difference: %3
relative error: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop
∂E/∂w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerical
∂E/∂w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative
error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight wˡⱼₖ (from neuron k of layer l−1 to neuron j of layer l), or the bias bˡⱼ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂E/∂w from one backward pass (BP3, BP4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central difference (E(w + h) − E(w − h)) / 2h: two forward passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|backprop − numerical| / max(|backprop|, |numerical|, 10⁻⁴)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientCheckPanel</name>
    <message>
        <source>No network to check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample to check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample does not fit the network: it has %1 inputs and %2 targets, the network takes %3 and gives %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all %1 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of a seeded sample: %1 forward passes, a few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the gradient of this sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 parameters checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at %1 on the sample above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#9a5b00&apos;&gt;They have changed since: press the button to check them as they are now.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled after %1 of %2 parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why?&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientCheckReport</name>
    <message>
        <source>all %1 of layer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of layer %2’s %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parameter was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison possible: the loss or a derivative is not a number (NaN or ∞)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop agrees with the numerical derivative: worst relative error %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop and the numerical derivative differ slightly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop and the numerical derivative disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: worst relative error %2%3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 network, weights as of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop computes all %1 derivatives in one backward pass (%2 with the forward pass). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudging each by ±h would take %1 forward passes (about %2 here), so the check nudges a seeded random sample, %3: %4 forward passes, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check nudges each weight and bias by ±h and re-runs the forward pass twice per parameter: %1 forward passes, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — and gets the same numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — and gets different numbers for all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — and gets the same numbers for all but %1 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has diverged: a weight, an activation or the loss is NaN or infinite. Reset it or lower the learning rate, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network uses ReLU. Where a neuron’s z lies within about h of the kink at 0, the nudge ±h crosses the kink and the central difference mixes two slopes: there the check is wrong, not backprop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Here %1 = %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E = %1 is known to about 16 digits, so every central difference carries a rounding error near ε·E/h ≈ %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The worst difference, %1, is of that size: rounding, not a mistake in backprop. A larger h makes it smaller. (The other usual cause, a ReLU kink within h, cannot occur: this network has none.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The worst difference, %1, is far larger, and this network has no ReLU kink that h could straddle: that points to a mistake in the backward pass, or to a loss that does not fit the output layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop gets all %1 derivatives ∂E/∂w in one backward pass. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check nudges each weight and bias by ±h and re-runs the forward pass twice per parameter — %1 forward passes — to see whether the numbers agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudging every one by ±h would take %1 forward passes, so the check takes a seeded random sample of %2 (at most %3 per layer): %4 forward passes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>8-3-8 autoencoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-2-4 autoencoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16-4-16 autoencoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XOR (2-2-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D circle (binary classification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D quadrants (binary classification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D gaussians (binary classification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D spiral (binary classification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanishing gradient (2-8-8-8-8-8-1, logistic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handwritten digits (64-16-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iris flowers (4-5-3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <source>loss E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss of each step (epoch mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 M samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 k samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the rate ×0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train continuously, or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous phase of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next phase: forward, output error, backward, gradients, update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animate one whole step on the next sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw new weights from the seed and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from weights drawn with the next seed (when a run gets stuck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in on the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out of the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, for the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill neurons by σ′(z): how far each is from saturation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New weights from seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast Play trains: slow enough to watch a small network learn, or flat out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1000 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10k steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animation speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the phases of one step are animated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson: a dataset and a network that learns it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate (logarithmic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η, from 0.0001 to 10 on a logarithmic scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η in w ← w − η ∂E/∂w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>η %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation of the hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation of every hidden layer; changes apply at the next step, weights kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation of the output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update rule: plain SGD (the lecture&apos;s), momentum or Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples per update: 1 is online learning (the lecture&apos;s), &apos;all&apos; is full batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop&apos;s gradient against central differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples and what the network learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples: input, hidden code, output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden codes of every sample; drag to rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s output over the input plane, with the samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient size per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save experiment &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the network view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellpadding=4&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;→&lt;/b&gt; or Page Down&lt;/td&gt;&lt;td&gt;next phase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; or Page Up&lt;/td&gt;&lt;td&gt;previous phase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;animate one step on the next sample&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;train one epoch&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reset the weights from the seed&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;start again with the next seed&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show σ′(z) on the neurons&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+=&lt;/b&gt;, &lt;b&gt;Ctrl+−&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;full screen&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Backprop Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Backprop Studio %1&lt;/h3&gt;&lt;p&gt;Watch backpropagation happen: the forward pass, the output error (BP1), the backward pass (BP2) and the gradients (BP3, BP4) of every neuron.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Backprop Studio team. This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.&lt;/p&gt;&lt;p&gt;Datasets: Optical Recognition of Handwritten Digits (E. Alpaydin, C. Kaynak, 1998) and Iris (R. A. Fisher, 1936), from the UCI Machine Learning Repository, CC BY 4.0.&lt;/p&gt;&lt;p&gt;Built on Qt %2 and Eigen.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the network view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Studio network view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Studio experiments (*.bpx.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Backprop Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the experiment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training has changed the network since it was last saved. Save the experiment before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The vanishing gradient.&lt;/b&gt; (BP2) multiplies δ by σ′(z) ≤ ¼ at every layer on the way back, so the first layers&apos; gradients lie orders of magnitude below the last ones: they learn slowest. Switch the hidden activation to relu and watch the lines come together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per layer, in the layer&apos;s colour: when the first layers&apos; lines lie far below the last ones, the gradient is vanishing and those layers learn slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neuron %1 of layer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;weight w&lt;sup&gt;%1&lt;/sup&gt;&lt;sub&gt;%2,%3&lt;/sub&gt;&lt;/b&gt; = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#666&apos;&gt;Click a neuron or an edge for its values.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward, layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output error (BP1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward, layer %1 (BP2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradients, layer %1 (BP3, BP4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1 · sample %2/%3 · phase: %4 · loss %5 · accuracy %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPainter</name>
    <message>
        <source>No network to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strongest %1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rel. error </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠  Training diverged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 share %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeErrorLegend</name>
    <message>
        <source>Colour of the relative error |backprop − numerical| / max(|backprop|, |numerical|, 10⁻⁴), on a logarithmic scale. Above 10⁻⁶ the panel raises the alarm. The triangle marks the worst error of the check on show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarm above 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepresentationTable</name>
    <message>
        <source>1 at %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned representation: input, hidden values, code and output of each sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct codes: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output max %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden a%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pattern %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;input x = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;hidden a%1 = %2&lt;br&gt;code %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;output a%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct codes: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units: %2 codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes appear when the network runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patterns, %2 codes: some must share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every pattern has its own code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shading: activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more samples, not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SceneText</name>
    <message>
        <source>activation a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward · z%1 = W%1a%2 + b%1, a%1 = σ(z%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output error · δ%1 (BP1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpropagate · δ%1 (BP2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients · ‮/∂W%1, ‮/‫%1 (BP3, BP4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update · w ← w − η ‮/∂w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Neuron %1 of %2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative error of </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Weight %1&lt;/b&gt;&lt;br&gt;from neuron %2 of %3 to neuron %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingCharts</name>
    <message>
        <source>Training charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
