package io.github.mysqlconfigaudit.rule;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule parameter: its name, type, default (as users write it) and what it means. */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Param {
    String name();

    ParamType type();

    String defaultValue();

    String description();
}
