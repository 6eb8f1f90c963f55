// HAProxy cuts idle connections after 300 s while MySQL keeps them for 86400 s: the build fails on the
// headline rule, at the proxy line to change, naming both values and the MySQL line.
def log = new File(basedir, 'build.log').text
assert log.contains('haproxy.cfg:7:5: ERROR [proxy-idle-timeout-below-wait-timeout] listen mysql closes idle connections after 300 s')
assert log.contains('before wait_timeout = 86400 at mysql/my.cnf:4')
assert log.contains('fix: set `timeout client 24h` in defaults (haproxy.cfg:7) and `timeout server 24h` in defaults (haproxy.cfg:8), or `timeout tunnel 24h` in listen mysql (haproxy.cfg:10), or lower wait_timeout to 240 at mysql/my.cnf:4')
assert log.contains('MySQL 8.4 assumed (the default; set mysqlVersion to change); links: haproxy.cfg#mysql → mysql/my.cnf (same directory tree: .); ')
assert log.contains('mysql-config-audit: 1 finding at or above ERROR; see ')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mysql-config-audit/mysql-config-audit.sarif'))
def results = sarif.runs[0].results
assert results*.ruleId.sort() == ['proxy-idle-timeout-below-interactive-timeout', 'proxy-idle-timeout-below-wait-timeout']
def headline = results.find { it.ruleId == 'proxy-idle-timeout-below-wait-timeout' }
assert headline.level == 'error'
assert headline.locations[0].physicalLocation.artifactLocation.uri == 'haproxy.cfg'
assert headline.relatedLocations*.physicalLocation*.artifactLocation*.uri.contains('mysql/my.cnf')
assert sarif.runs[0].properties.links[0].mysqlConfig == 'mysql/my.cnf'
