/**
 * Property testing, criteria-aware generators and AssertJ assertions for Rubric catalogs. Start
 * from {@link dev.rubric.testkit.Properties} and {@link dev.rubric.testkit.RubricAssertions}.
 */
module dev.rubric.testkit {
  requires transitive dev.rubric.core;
  requires transitive dev.rubric.dsl;
  // the assertions extend AssertJ's AbstractAssert
  requires transitive org.assertj.core;
  requires static org.jspecify;

  exports dev.rubric.testkit;
}
