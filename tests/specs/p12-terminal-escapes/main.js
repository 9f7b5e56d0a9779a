// SECURITY P12: control characters in what capjs prints about errors are escaped.
throw new Error('red \x1b[31m and bidi \u202e here');
