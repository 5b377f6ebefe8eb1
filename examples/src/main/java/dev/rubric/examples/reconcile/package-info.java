/**
 * The reconciliation example of {@code docs/guide.md}: the Bạch Thông assessments reconciled with
 * the evidence.
 */
@NullMarked
package dev.rubric.examples.reconcile;

import org.jspecify.annotations.NullMarked;
