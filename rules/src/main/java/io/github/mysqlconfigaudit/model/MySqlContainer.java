package io.github.mysqlconfigaudit.model;

/** A MySQL server container of a workload, with what the resource rule needs. */
public record MySqlContainer(String workload, String container, String image, Location at, boolean memoryRequest,
                             boolean memoryLimit) {

    /** A workload's name repeats for each of its containers and across environments: one copy is kept. */
    public MySqlContainer {
        workload = SharedText.of(workload);
    }
}
