evaluate(new File(itSupport, 'expectOneFinding.groovy'))(basedir, 'net-timeout-range', 'WARNING', 3)
