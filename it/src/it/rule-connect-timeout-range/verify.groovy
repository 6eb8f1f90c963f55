// The build fails on exactly one connect-timeout-range finding, at the line to change.
def log = new File(basedir, 'build.log').text
assert log.contains('db/my.cnf:2:1: WARNING [connect-timeout-range] ')
assert log.contains('mysql-config-audit: 1 finding at or above WARNING; see ')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mysql-config-audit/mysql-config-audit.sarif'))
assert sarif.runs[0].results*.ruleId == ['connect-timeout-range']
assert sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine == 2
