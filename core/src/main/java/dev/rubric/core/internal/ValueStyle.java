package dev.rubric.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The project's single Immutables style: generated {@code Immutable*} classes stay package-private,
 * generated signatures use the abstract type, and {@code with*} copies are generated. Applied in
 * the {@code package-info.java} of each package that declares {@code @Value.Immutable} types.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
