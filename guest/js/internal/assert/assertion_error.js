'use strict';
// AssertionError and the messages Node generates for it, including the line diff of
// deepStrictEqual/strictEqual ("+ actual - expected").

const { codes } = require('internal/errors');

const { ERR_INVALID_ARG_TYPE } = codes;

const HEADERS = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Below this combined length two one-line values are shown as `a !== b`.
const SHORT = 12;

function inspect(v, opts) {
  return require('util').inspect(v, opts);
}

function inspectValue(v) {
  return inspect(v, {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity, showHidden: false,
    showProxy: false, sorted: true, getters: true,
  });
}

const isObj = (v) => typeof v === 'object' && v !== null;

// Errors are shown without their stacks: a copy with the same prototype and fields.
function copyError(source) {
  const target = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(target, 'message', { value: source.message });
  if (source.cause !== undefined) {
    Object.defineProperty(target, 'cause', {
      value: source.cause instanceof Error ? copyError(source.cause) : source.cause,
    });
  }
  return target;
}

function truncateLines(lines) {
  if (lines.length > 50) {
    lines[46] = '...';
    lines.length = 47;
  }
  return lines;
}

// The line diff. `header` replaces the operator's headline (a user's message).
function diffMessage(actual, expected, operator, header) {
  const actualText = inspectValue(actual);
  const a = actualText.split('\n');
  const e = inspectValue(expected).split('\n');
  if (operator === 'strictEqual' &&
      ((isObj(actual) && isObj(expected)) || (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const title = header === undefined ? HEADERS[operator] : header;

  let indicator = '';
  if (a.length === 1 && e.length === 1 && a[0] !== e[0]) {
    const total = a[0].length + e[0].length;
    if (total <= SHORT) {
      if (!isObj(actual) && !isObj(expected) && (actual !== 0 || expected !== 0)) {
        return `${title}\n\n${a[0]} !== ${e[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject' && total < 80) {
      let k = 0;
      while (a[0][k] === e[0][k]) k++;
      if (k > 2) indicator = `\n  ${' '.repeat(k)}^`;
    }
  }

  // Identical closing lines: the last three are kept, plus the first of the run; a run
  // of five or more hides the middle behind "...".
  let tail = '';
  let tailTop = '';
  let tailCount = 0;
  while (a.length > 0 && e.length > 0 && a[a.length - 1] === e[e.length - 1]) {
    const line = a.pop();
    e.pop();
    if (tailCount++ < 3) tail = `\n  ${line}${tail}`;
    else tailTop = line;
  }

  const maxLines = Math.max(a.length, e.length);
  if (maxLines === 0) {
    return `${HEADERS.notIdentical}\n\n${truncateLines(actualText.split('\n')).join('\n')}\n`;
  }

  let skipped = false;
  if (tailCount >= 5) {
    tail = `\n...${tail}`;
    skipped = true;
  }
  if (tailTop !== '') tail = `\n  ${tailTop}${tail}`;

  let res = '';
  let pending = ''; // "-" lines waiting until the run of "+" lines ends
  let printed = 0;
  let identical = 0;
  const head = `${title}\n+ actual - expected`;
  const skippedNote = ' ... Lines skipped';

  const longer = a.length >= maxLines ? a : e;
  const shorterLength = a.length >= maxLines ? e.length : a.length;

  // Before a change, show the two lines preceding it from the run of identical lines
  // (three when the run has exactly five), with "..." for the rest.
  const flushContext = (lines, i) => {
    if (identical > 2) {
      if (identical > 3) {
        if (identical > 4) {
          if (identical === 5) {
            res += `\n  ${lines[i - 3]}`;
            printed++;
          } else {
            res += '\n...';
            skipped = true;
          }
        }
        res += `\n  ${lines[i - 2]}`;
        printed++;
      }
      res += `\n  ${lines[i - 1]}`;
      printed++;
    }
    identical = 0;
  };

  for (let i = 0; i < maxLines; i++) {
    if (i >= shorterLength) {
      flushContext(longer, i);
      if (longer === a) res += `\n+ ${longer[i]}`;
      else pending += `\n- ${longer[i]}`;
      printed++;
    } else {
      const expectedLine = e[i];
      let actualLine = a[i];
      let differs = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (differs && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        differs = false;
        actualLine += ',';
      }
      if (differs) {
        flushContext(a, i);
        res += `\n+ ${actualLine}`;
        pending += `\n- ${expectedLine}`;
        printed += 2;
      } else {
        res += pending;
        pending = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          printed++;
        }
      }
    }
    if (printed > 50 && i < maxLines - 2) {
      return `${head}${skippedNote}\n${res}\n...${pending}\n...`;
    }
  }
  return `${head}${skipped ? skippedNote : ''}\n${res}${pending}${tail}${indicator}`;
}

function generatedMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') return diffMessage(actual, expected, operator);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = HEADERS[operator];
    const lines = truncateLines(inspectValue(actual).split('\n'));
    if (operator === 'notStrictEqual' && (isObj(actual) || typeof actual === 'function')) {
      base = HEADERS.notStrictEqualObject;
    }
    if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
    return `${base}\n\n${lines.join('\n')}\n`;
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = HEADERS[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    return res.length > 1024 ? `${res.slice(0, 1021)}...` : res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = HEADERS[`${operator}Unequal`];
    if (unequal) res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    else other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

// A long string in `actual`/`expected` is shortened when the error is inspected.
function shorten(str) {
  const lines = str.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 7;
    return `${lines.join('\n')}\n...`;
  }
  if (str.length > 512) return `${str.slice(512)}...`;
  return str;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    const { message, operator, stackStartFn, stackStartFunction } = options;
    let { actual, expected } = options;
    let text;
    if (message != null) {
      text = (operator === 'deepStrictEqual' || operator === 'strictEqual')
        ? diffMessage(actual, expected, operator, String(message))
        : String(message);
    } else {
      if (isObj(actual) && isObj(expected) && 'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      text = generatedMessage(actual, expected, operator);
    }
    super(text);
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', { value: 'AssertionError', enumerable: false, writable: true, configurable: true });
    this.code = 'ERR_ASSERTION';
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = operator;
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn || stackStartFunction || new.target);
    }
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, ctx) {
    const actual = this.actual;
    const expected = this.expected;
    if (typeof actual === 'string') this.actual = shorten(actual);
    if (typeof expected === 'string') this.expected = shorten(expected);
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = actual;
      this.expected = expected;
    }
  }
}

module.exports = { AssertionError, inspectValue, diffMessage };
