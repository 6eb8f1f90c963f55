// The baseline survives the shifted lines; only connect_timeout = 0x10 (new) fails the build.
def baseline = new groovy.json.JsonSlurper().parse(new File(basedir, 'mysql-config-audit-baseline.json'))
assert baseline.findings*.ruleId.sort() == ['invalid-value', 'wait-timeout-range']
def log = new File(basedir, 'build.log').text
assert log.contains('mysql-config-audit: 1 finding at or above ERROR')
assert log.contains("after/db/my.cnf") || log.contains("db/my.cnf:7:1: ERROR [invalid-value] `connect_timeout = 0x10`")
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mysql-config-audit/mysql-config-audit.json'))
assert json.summary.baselined == 2
assert json.summary.failingFindings == 1
def fresh = json.findings.findAll { !it.baselined }
assert fresh.size() == 1 && fresh[0].location.line == 7 && fresh[0].message.contains('0x10')
