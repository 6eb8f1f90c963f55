// net_buffer_length can be at most 1M, so a packet limit below it is always also below the 64M minimum:
// both rules fire, each at its own line.
def log = new File(basedir, 'build.log').text
assert log.contains('db/my.cnf:3:1: WARNING [net-buffer-exceeds-packet] net_buffer_length = 1M at db/my.cnf:3 is larger than max_allowed_packet = 512K at db/my.cnf:2')
assert log.contains('db/my.cnf:2:1: WARNING [max-allowed-packet-too-small] ')
assert log.contains('mysql-config-audit: 2 findings at or above WARNING; see ')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mysql-config-audit/mysql-config-audit.sarif'))
assert sarif.runs[0].results*.ruleId == ['max-allowed-packet-too-small', 'net-buffer-exceeds-packet']
assert sarif.runs[0].results[1].relatedLocations[0].physicalLocation.region.startLine == 2
