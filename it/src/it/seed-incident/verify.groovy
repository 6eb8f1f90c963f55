// Today only the option file is audited and its values are within every range; the HAProxy rules
// (a later issue) will make this sample fail on the 300 s proxy timeout.
def log = new File(basedir, 'build.log').text
assert log.contains('mysql-config-audit: 1 file scanned (1 MySQL option file); 0 errors, 0 warnings, 0 info')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mysql-config-audit/mysql-config-audit.sarif'))
assert sarif.runs[0].results.isEmpty()
assert sarif.runs[0].tool.driver.rules*.id.contains('max-allowed-packet-too-small')
