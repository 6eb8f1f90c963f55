package io.github.mysqlconfigaudit.mysql.catalog;

import io.github.mysqlconfigaudit.units.Unit;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;

/**
 * One server option as the catalog knows it. Integers carry their bounds and block size; defaults are
 * per catalog column ({@code 5.7}, {@code 8.0}, {@code 8.4}, {@code mariadb-10.11}); a column without
 * a default means the version has no such option.
 */
public record VariableSpec(
        String name,
        VariableType type,
        Unit unit,
        BigInteger min,
        BigInteger max,
        BigInteger blockSize,
        Map<String, String> defaults) {

    /** A default written as digits; MariaDB's generated column also has {@code (machine)} for autosized ones. */
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("-?[0-9]+");

    public VariableSpec {
        defaults = Map.copyOf(defaults);
    }

    /** The raw default of this version as the catalog states it, if the version has the option. */
    public Optional<String> rawDefault(MySqlVersion version) {
        return Optional.ofNullable(defaults.get(version.id()));
    }

    /** The numeric default of an integer option for this version. */
    public Optional<BigInteger> numericDefault(MySqlVersion version) {
        return rawDefault(version).filter(s -> type == VariableType.INTEGER && WHOLE.matcher(s).matches())
                .map(BigInteger::new);
    }

    public boolean existsIn(MySqlVersion version) {
        return defaults.containsKey(version.id());
    }
}
