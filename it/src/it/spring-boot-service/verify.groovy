// A service repository: the pool (HikariCP defaults: 30 min max-lifetime, fixed size) reaches MySQL through
// an AWS NLB (350 s) and a server with wait_timeout 3600: both the NLB hop and the pool fail the build, and the
// pool's message walks the whole path.
def log = new File(basedir, 'build.log').text
assert log.contains('src/main/resources/application.yml:3:10: ERROR [pool-lifetime-exceeds-idle-timeout]')
assert log.contains('but Service mysql-proxy ends idle connections after 350 s (path: src/main/resources/application.yml → Service mysql-proxy (idle 350 s')
assert log.contains('→ MySQL deploy/mysql.yaml#StatefulSet/mysql/mysql (wait-timeout = 3600 at deploy/mysql.yaml:29)')
assert log.contains('cluster DNS: mysql-proxy.shop → Service shop/mysql')
assert log.contains('deploy/mysql.yaml:7:5: ERROR [proxy-idle-timeout-below-wait-timeout] Service mysql-proxy closes idle connections after 350 s')
