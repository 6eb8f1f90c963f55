package io.github.mysqlconfigaudit.model;

/** One hop between an application and MySQL that ends idle connections: a proxy, a load balancer, the server. */
public record PathHop(String label, long idleMillis, String describe, Location at) {
}
