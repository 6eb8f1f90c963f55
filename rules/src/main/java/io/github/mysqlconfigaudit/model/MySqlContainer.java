package io.github.mysqlconfigaudit.model;

/** A MySQL server container of a workload, with what the resource rule needs. */
public record MySqlContainer(String workload, String container, String image, Location at, boolean memoryRequest,
                             boolean memoryLimit) {
}
