/**
 * Reports for people and programs: one unit's scorecard as text, HTML or CSV ({@link
 * dev.rubric.examples.report.ScorecardText}, {@link dev.rubric.examples.report.ScorecardHtml},
 * {@link dev.rubric.examples.report.ScorecardCsv}) and a cohort's {@link
 * dev.rubric.examples.report.Ranking} as text, JSON, CSV or HTML.
 */
@NullMarked
package dev.rubric.examples.report;

import org.jspecify.annotations.NullMarked;
