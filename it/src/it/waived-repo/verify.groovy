// Every remaining finding is waived in the policy file or suppressed inline with a reason: the build
// passes even with failOnSeverity WARNING, and the reports keep the suppressed findings with their reasons.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('0 errors, 0 warnings, 0 info, 2 suppressed; MySQL 8.0 assumed (set in .mysql-config-audit.yaml)')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mysql-config-audit/mysql-config-audit.json'))
assert json.findings.isEmpty()
assert json.suppressed*.ruleId.sort() == ['net-timeout-range', 'wait-timeout-range']
assert json.suppressed.find { it.ruleId == 'wait-timeout-range' }.justification == 'legacy batch host, retired next quarter'
def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(basedir, 'target/mysql-config-audit/TEST-mysql-config-audit.xml')).documentElement
assert junit.getAttribute('failures') == '0'
assert junit.getAttribute('tests') != '0'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mysql-config-audit/mysql-config-audit.sarif'))
assert sarif.runs[0].results.every { it.suppressions }
