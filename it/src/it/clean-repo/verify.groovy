def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// conf.d/logging.cnf is read through !includedir, so it is part of my.cnf's server, not a server of its own.
assert log.contains('mysql-config-audit: 2 files scanned (2 MySQL option files); 0 errors, 0 warnings, 0 info')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mysql-config-audit/mysql-config-audit.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.isEmpty()
