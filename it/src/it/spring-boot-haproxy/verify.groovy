// A service repository with its HAProxy and MySQL manifests: the pool keeps connections 30 min, HAProxy cuts
// them after 10 min, MySQL after 8 h. The pool finding walks the whole path, each hop with its line.
def log = new File(basedir, 'build.log').text
assert log.contains('src/main/resources/application.properties:3:1: ERROR [pool-lifetime-exceeds-idle-timeout] src/main/resources/application.properties: a pooled connection can sit idle for up to its max-lifetime of 1800 s')
assert log.contains('but listen mysql ends idle connections after 600 s (path: src/main/resources/application.properties → listen mysql (idle 600 s, timeout client 10m (defaults at deploy/haproxy.cfg:4)) → MySQL deploy/mysql.yaml#StatefulSet/mysql/mysql (wait-timeout = 28800 at deploy/mysql.yaml:27)')
assert log.contains('fix: set `spring.datasource.hikari.max-lifetime=570000` (570 s) at src/main/resources/application.properties:3')
assert log.contains('see: deploy/haproxy.cfg:4:5:')
assert log.contains('see: deploy/mysql.yaml:27:')
// the proxy itself also cuts before wait_timeout: the headline rule fails the build as well
assert log.contains('deploy/haproxy.cfg:4:5: ERROR [proxy-idle-timeout-below-wait-timeout]')
