/**
 * Reports for people and programs: one unit's scorecard as text, HTML or CSV ({@link
 * dev.rubric.report.ScorecardText}, {@link dev.rubric.report.ScorecardHtml}, {@link
 * dev.rubric.report.ScorecardCsv}) and a cohort's {@link dev.rubric.cohort.Ranking} as text, JSON,
 * CSV or HTML; compile diagnostics and a scorecard's findings as SARIF 2.1.0 logs for code-review
 * tools ({@link dev.rubric.report.Sarif}).
 */
@NullMarked
package dev.rubric.report;

import org.jspecify.annotations.NullMarked;
