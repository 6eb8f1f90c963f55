evaluate(new File(itSupport, 'expectOneFinding.groovy'))(basedir, 'wait-timeout-range', 'WARNING', 2)
