/** The example of {@code docs/guide.md}, "Layered catalogs": bases, provenance, hash chain. */
@NullMarked
package dev.rubric.examples.layers;

import org.jspecify.annotations.NullMarked;
