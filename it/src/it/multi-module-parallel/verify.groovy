// Built with -T 2: every module audits only its own tree and reports the same as a build on one thread would.
def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
['a', 'b', 'c', 'd'].each { m ->
    def json = new groovy.json.JsonSlurper().parse(new File(basedir, "db-${m}/target/mysql-config-audit/mysql-config-audit.json"))
    assert json.summary.filesScanned.MYSQL_OPTION_FILE == 40
    assert json.findings.every { it.location.path.startsWith('mysql/' + m) }
    assert json.findings.count { it.ruleId == 'max-allowed-packet-too-small' } == 40
    assert json.findings.count { it.ruleId == 'wait-timeout-range' } == 8   // 7 .. 56 s are below 60 s
}
return true
