evaluate(new File(itSupport, 'expectOneFinding.groovy'))(basedir, 'connect-timeout-range', 'WARNING', 2)
