// The seed incident with `timeout tunnel 24h` in the listen section: nothing left to report.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('mysql-config-audit: 2 files scanned (1 MySQL option file, 1 HAProxy config); 0 errors, 0 warnings, 0 info')
