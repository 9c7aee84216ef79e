/**
 * The built-in synthetic video benchmark ({@code srnet synth}): procedurally rendered videos of textured shapes
 * of five categories ({@link org.srnet.data.synth.ShapeFamily}) with camera motion, occlusion, clutter, blur
 * and compression noise ({@link org.srnet.data.synth.SyntheticVideo}), written as a DAVIS root plus YouTube-VIS
 * JSON ({@link org.srnet.data.synth.SynthDataset}).
 */
package org.srnet.data.synth;
