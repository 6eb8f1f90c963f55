evaluate(new File(itSupport, 'expectOneFinding.groovy'))(basedir, 'max-allowed-packet-too-small', 'WARNING', 2)
