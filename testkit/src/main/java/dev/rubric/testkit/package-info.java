/**
 * Rubric's testkit: its own property-based testing engine, criteria-aware generators and checks,
 * and AssertJ assertions. Start from {@link dev.rubric.testkit.Gen} and {@link
 * dev.rubric.testkit.Properties#forAll(Gen) Properties.forAll} for plain properties; a failing
 * property throws a {@link dev.rubric.testkit.PropertyFailure} that names the minimal
 * counterexample and the seed that reproduces it. For catalogs, {@link
 * dev.rubric.testkit.CatalogChecks#standard CatalogChecks.standard(compiled).check()} runs the
 * properties every catalog must satisfy, {@link dev.rubric.testkit.Boundaries#explore} tabulates
 * scores around every threshold, {@link dev.rubric.testkit.UnitGens}, {@link
 * dev.rubric.testkit.EvidenceGens} and {@link dev.rubric.testkit.CatalogGens} generate units,
 * evidence and whole catalogs, and {@link dev.rubric.testkit.RubricAssertions} asserts on
 * scorecards and compilations.
 */
@NullMarked
package dev.rubric.testkit;

import org.jspecify.annotations.NullMarked;
