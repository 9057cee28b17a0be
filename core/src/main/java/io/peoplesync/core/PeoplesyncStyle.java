package io.peoplesync.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project.
 *
 * <p>Placement convention: on the package, in {@code package-info.java}, of every package that
 * declares value types; never on a single type. A package-level style cannot be forgotten on one
 * type, and every type in the package gets the same one (STYLE.md, "Packages").
 *
 * <p>Implementations are package-private and hidden behind the abstract type ({@code
 * overshadowImplementation}); a nested {@code class Builder extends ImmutableX.Builder} makes the
 * builder public. Retention is {@code CLASS}, so nothing references Immutables at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaultAsDefault = true,
    redactedMask = "****",
    privateNoargConstructor = false,
    depluralize = true)
public @interface PeoplesyncStyle {}
