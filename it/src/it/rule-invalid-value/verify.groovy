evaluate(new File(itSupport, 'expectOneFinding.groovy'))(basedir, 'invalid-value', 'ERROR', 2)
