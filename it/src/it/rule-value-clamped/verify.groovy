evaluate(new File(itSupport, 'expectOneFinding.groovy'))(basedir, 'value-clamped', 'WARNING', 3)
