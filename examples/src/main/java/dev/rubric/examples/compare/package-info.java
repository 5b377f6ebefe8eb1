/**
 * The comparison example of {@code docs/guide.md}: a catalog diff and a district over two years.
 */
@NullMarked
package dev.rubric.examples.compare;

import org.jspecify.annotations.NullMarked;
