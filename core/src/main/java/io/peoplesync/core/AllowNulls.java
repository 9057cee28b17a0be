package io.peoplesync.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets an Immutables map or collection attribute hold null values; Immutables recognises it by
 * name.
 *
 * <p>Put it on every {@code extras()} map that {@code @JsonAnyGetter} fills: a vendor answering an
 * unknown field with JSON {@code null} must not make the whole response unreadable.
 */
@Target({ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.CLASS)
public @interface AllowNulls {}
