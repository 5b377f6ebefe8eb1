/** The advice example of the guide: which fix gains most for one unit. */
@NullMarked
package dev.rubric.examples.advice;

import org.jspecify.annotations.NullMarked;
