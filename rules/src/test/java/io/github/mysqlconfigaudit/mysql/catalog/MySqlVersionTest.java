package io.github.mysqlconfigaudit.mysql.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MySqlVersionTest {

    @Test
    void eachSupportedVersionIsOneInstance() {
        for (String id : MySqlVersion.SUPPORTED) {
            assertEquals(id, MySqlVersion.parse(id).id());
        }
        assertSame(MySqlVersion.parse("8.0.36"), MySqlVersion.parse("mysql-8.0"));
        assertSame(MySqlVersion.DEFAULT, MySqlVersion.parse("8.4.2"));
        assertSame(MySqlVersion.parse("MariaDB-10.11.6"), MySqlVersion.parse("mariadb-10.11"));
    }

    @Test
    void readsSeriesAndPatchLevels() {
        assertEquals("8.0", MySqlVersion.parse("8.0.36").id());
        assertEquals("8.4", MySqlVersion.parse("mysql-8.4").id());
        assertEquals("mariadb-10.11", MySqlVersion.parse("MariaDB-10.11.6").id());
    }

    @Test
    void refusesVersionsTheCatalogDoesNotKnowWithTheSupportedList() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MySqlVersion.parse("9.9"));
        assertTrue(e.getMessage().contains("mariadb-10.11"));
        assertThrows(IllegalArgumentException.class, () -> MySqlVersion.parse("latest"));
    }

    @Test
    void versionedGroupsApplyOnlyToTheirVersion() {
        MySqlVersion v84 = MySqlVersion.parse("8.4");
        assertTrue(v84.isServerGroup("mysqld-8.4"));
        assertTrue(v84.isServerGroup("MYSQLD"));
        assertFalse(v84.isServerGroup("mysqld-8.0"));
        assertFalse(v84.isServerGroup("mariadb"));
        assertFalse(v84.isServerGroup("client"));
        MySqlVersion maria = MySqlVersion.parse("mariadb-10.11");
        assertTrue(maria.isServerGroup("mariadb-10.11"));
        assertTrue(maria.isServerGroup("galera"));
    }
}
