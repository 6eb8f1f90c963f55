// The build fails on exactly one value-clamped finding, at the line to change.
def log = new File(basedir, 'build.log').text
assert log.contains('db/my.cnf:3:1: WARNING [value-clamped] ')
assert log.contains('mysql-config-audit: 1 finding at or above WARNING; see ')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mysql-config-audit/mysql-config-audit.sarif'))
assert sarif.runs[0].results*.ruleId == ['value-clamped']
assert sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine == 3
