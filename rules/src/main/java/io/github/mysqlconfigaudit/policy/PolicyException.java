package io.github.mysqlconfigaudit.policy;

/** A policy file that cannot be used; the message names the file and line. */
public final class PolicyException extends RuntimeException {

    public PolicyException(String message) {
        super(message);
    }
}
