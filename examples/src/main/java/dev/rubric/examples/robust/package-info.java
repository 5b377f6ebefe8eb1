/** The rank-robustness example of the guide: how a ranking holds when the weights move. */
@NullMarked
package dev.rubric.examples.robust;

import org.jspecify.annotations.NullMarked;
