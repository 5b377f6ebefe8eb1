/** Implementation machinery shared by the core packages; not part of the API. */
@NullMarked
package dev.rubric.core.internal;

import org.jspecify.annotations.NullMarked;
