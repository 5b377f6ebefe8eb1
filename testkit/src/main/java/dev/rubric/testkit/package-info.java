/**
 * Rubric's own property-based testing engine: immutable {@link dev.rubric.testkit.Gen generators}
 * with integrated shrinking, and {@link dev.rubric.testkit.Properties#forAll(Gen)
 * Properties.forAll} to check a property against many generated values. Start from {@link
 * dev.rubric.testkit.Gen} to describe the values, then call {@link dev.rubric.testkit.Properties};
 * a failing property throws a {@link dev.rubric.testkit.PropertyFailure} that names the minimal
 * counterexample and the seed that reproduces it.
 */
@NullMarked
package dev.rubric.testkit;

import org.jspecify.annotations.NullMarked;
