/** The example of {@code docs/guide.md}, "Waivers": a unit evaluated with and without them. */
@NullMarked
package dev.rubric.examples.waivers;

import org.jspecify.annotations.NullMarked;
