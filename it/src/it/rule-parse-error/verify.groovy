evaluate(new File(itSupport, 'expectOneFinding.groovy'))(basedir, 'parse-error', 'ERROR', 3)
