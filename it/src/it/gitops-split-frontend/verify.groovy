// Split frontend/backend on named defaults: the backend's own 30m server timeout is the line to change,
// and the route links to the prod option file, not to staging's.
def log = new File(basedir, 'build.log').text
assert log.contains('envs/prod/haproxy.cfg:18:5: ERROR [proxy-idle-timeout-below-wait-timeout] frontend fe_mysql → backend be_mysql closes idle connections after 1800 s')
assert log.contains('before wait_timeout = 28800 at envs/prod/mysql/my.cnf:2')
assert log.contains('links: envs/prod/haproxy.cfg#fe_mysql>be_mysql → envs/prod/mysql/my.cnf (same directory tree: envs/prod)')
assert !log.contains('envs/staging/mysql/my.cnf (same directory tree')
