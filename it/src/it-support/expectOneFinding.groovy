// Shared by the rule-* samples: the build failed on exactly one finding of one rule, at the line to change,
// and both the console and the SARIF report say so. Evaluated by each sample's verify.groovy, which passes
// its basedir, the rule id, the severity and the line.
return { File basedir, String rule, String severity, int line ->
    def log = new File(basedir, 'build.log').text
    assert log.contains("db/my.cnf:${line}:1: ${severity} [${rule}] ")
    assert log.contains('mysql-config-audit: 1 finding at or above WARNING; see ')
    def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mysql-config-audit/mysql-config-audit.sarif'))
    assert sarif.runs[0].results*.ruleId == [rule]
    assert sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine == line
    return true
}
