/**
 * Rubric's JSON formats: evidence files ({@code "rubric-evidence/1"}), assessments ({@code
 * "rubric-assessment/1"}) and scorecards ({@code "rubric-scorecard/1"}). Start from {@link
 * dev.rubric.core.json.Json}, which reads and writes them deterministically and reports malformed
 * input as a {@link dev.rubric.core.json.JsonFormatException} naming the file, line, column and
 * JSON path. The formats are documented in {@code docs/formats.md}, with JSON Schemas in {@code
 * docs/schemas/}.
 */
@NullMarked
package dev.rubric.core.json;

import org.jspecify.annotations.NullMarked;
