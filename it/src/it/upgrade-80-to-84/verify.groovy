// An option file written for MySQL 8.0, audited for 8.4: the two options 8.4 removed stop the server (ERROR),
// the deprecated replica setting warns, and each finding names the release and the replacement.
def log = new File(basedir, 'build.log').text
assert log.contains('db/my.cnf:3:1: ERROR [removed-option] default_authentication_plugin was removed in MySQL 8.4.0; '
        + 'MySQL 8.4 refuses to start with `default_authentication_plugin = mysql_native_password`; its replacement is '
        + 'authentication_policy')
assert log.contains('db/my.cnf:4:1: ERROR [removed-option] expire_logs_days was removed in MySQL 8.4.0; MySQL 8.4 refuses '
        + 'to start with `expire_logs_days = 7`; its replacement is binlog_expire_logs_seconds')
assert log.contains('db/my.cnf:5:1: WARNING [deprecated-option] slave_net_timeout is deprecated since MySQL 8.0.26')
assert log.contains('mysql-config-audit: 2 findings at or above ERROR; see ')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mysql-config-audit/mysql-config-audit.sarif'))
assert sarif.runs[0].results*.ruleId.sort() == ['deprecated-option', 'removed-option', 'removed-option']
assert sarif.runs[0].properties.mysqlVersion == '8.4'
