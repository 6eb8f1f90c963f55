package io.github.mysqlconfigaudit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DigitsTest {

    @Test
    void acceptsExactlyWhatTheBoundedDigitPatternMatches() {
        List<String> samples = List.of("", "0", "7", "3306", "33060", "330600", "007", "-1", "+1", " 1", "1 ", "1.5",
                "1e3", "12a", "\u0661\u0662", "\uFF11", "99999", "100000");
        for (int max : new int[] {1, 5, 6}) {
            Pattern p = Pattern.compile("\\d{1," + max + "}");
            for (String s : samples) {
                assertEquals(p.matcher(s).matches(), Digits.upTo(s, max), "'" + s + "' up to " + max);
            }
        }
    }
}
