/** The example of {@code docs/guide.md}, "Evidence workbooks": a template out, evidence back. */
@NullMarked
package dev.rubric.examples.workbook;

import org.jspecify.annotations.NullMarked;
