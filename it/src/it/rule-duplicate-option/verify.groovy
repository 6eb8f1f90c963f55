evaluate(new File(itSupport, 'expectOneFinding.groovy'))(basedir, 'duplicate-option', 'WARNING', 2)
