package io.github.mysqlconfigaudit.link;

/**
 * A link the team wrote down: a proxy route ({@code file#section}) and the option file of the server it
 * reaches. Explicit links win over every automatic one.
 */
public record ExplicitLink(String proxy, String mysql) {
}
