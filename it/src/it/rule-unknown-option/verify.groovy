evaluate(new File(itSupport, 'expectOneFinding.groovy'))(basedir, 'unknown-option', 'ERROR', 2)
