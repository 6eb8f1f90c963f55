// A GitOps repository: the HAProxy ConfigMap in base/ reaches the StatefulSet's pod through cluster DNS, and
// the server's wait_timeout comes from the prod overlay's ConfigMap: the build fails on the 10m proxy timeout,
// pointing at the line inside the ConfigMap's block.
def log = new File(basedir, 'build.log').text
assert log.contains('base/haproxy.yaml:11:9: ERROR [proxy-idle-timeout-below-wait-timeout] listen mysql closes idle connections after 600 s')
assert log.contains('before wait_timeout = 28800 at overlays/prod/mysql-conf.yaml:10')
assert log.contains('links: base/haproxy.yaml#mysql → base/mysql.yaml#StatefulSet/mysql/mysql (cluster DNS: mysql-0.mysql.shop.svc.cluster.local → Service shop/mysql)')
assert log.contains('3 Kubernetes YAMLs')
assert log.contains('MySQL 8.4 assumed') // the summary's global default; the server itself runs as 8.0 from its image
